import type { JobStatus } from "./job-status";

/** The state of a job (a task, a workflow step) as the engine sees it. */
export type JobState = { status: JobStatus; attempts: number };

/** A command to run attempt `attempt`; `replayed` when an operator sent it back from the dead-letter queue. */
export type AttemptCommand = { attempt: number; replayed: boolean };

export type AttemptDecision =
  /** Execute the handler; `newRun` when a replay restarts a failed job with fresh retries. */
  | { action: "run"; attempt: number; newRun: boolean }
  /** A waiting step's time has come. */
  | { action: "resume"; attempt: number }
  /** This attempt already ended: re-send what follows it, in case the worker died before sending. */
  | { action: "follow-up" }
  | { action: "skip"; reason: string };

/**
 * Commands arrive at least once, so every one is checked against the stored state: only the
 * command for the next attempt runs, a redelivered command for an attempt that never finished runs
 * that attempt again, and everything else is a duplicate.
 */
export function decideAttempt(state: JobState, command: AttemptCommand): AttemptDecision {
  const { status, attempts } = state;
  const current = command.attempt === attempts;
  switch (status) {
    case "pending":
    case "retrying":
      return command.attempt === attempts + 1
        ? { action: "run", attempt: command.attempt, newRun: false }
        : { action: "skip", reason: `attempt ${command.attempt} is not the next one (${attempts + 1})` };
    case "running":
      // The worker that ran this attempt died before recording its end: run it again.
      return current ? { action: "run", attempt: attempts, newRun: false } : { action: "skip", reason: "another attempt is running" };
    case "waiting":
      return current ? { action: "resume", attempt: attempts } : { action: "skip", reason: "stale command for a waiting step" };
    case "failed":
      if (command.replayed) return { action: "run", attempt: attempts + 1, newRun: true };
      return current ? { action: "follow-up" } : { action: "skip", reason: "stale command for a failed job" };
    case "completed":
      return current ? { action: "follow-up" } : { action: "skip", reason: "already completed" };
    case "cancelled":
      return { action: "skip", reason: "cancelled" };
  }
}
