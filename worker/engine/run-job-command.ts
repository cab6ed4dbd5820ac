import type { KafkaMessage } from "kafkajs";
import { decideAttempt } from "../../lib/jobs/decide-attempt";
import type { Origin } from "../worker-deps";
import { isReplayed } from "./command-headers";
import type { WorkerDeps } from "../worker-deps";
import { retryDb } from "../support/retry-db";
import { finishAttempt, resendFollowUps } from "./finish-attempt";
import type { JobKind } from "./job-kind";

/**
 * The one pipeline every job command goes through: read the command, claim the next attempt (or,
 * for anything else, load the job and decide what this possibly duplicate command means for it),
 * run the attempt and finish it.
 * Returns when everything that follows is durable, so the caller may commit the record's offset.
 */
export async function runJobCommand<Key, Row, Done, Completion>(
  kind: JobKind<Key, Row, Done, Completion>,
  deps: WorkerDeps,
  origin: Origin,
  message: KafkaMessage,
): Promise<void> {
  const record = { origin, message, retry: retryDb(deps) };
  const command = await kind.readCommand(deps, record);
  if (!command) return;
  const log = deps.logger.child(kind.describe(command.key, command.attempt));
  const next = await record.retry("claim", () => kind.claimNext(deps, command, record));
  if (next) {
    if (next.started) await kind.announce.started?.(deps, message, command.key, command.attempt);
    const run = { key: command.key, attempt: command.attempt, runStartAttempt: next.job.runStartAttempt, job: next.job };
    return finishAttempt(kind, deps, record, run, false);
  }

  if (command.ensureStored) await record.retry("materialise", command.ensureStored);
  const job = await kind.load(deps, command, record);
  if (!job) return log.debug("command for an unknown or cancelled job skipped");

  const decision = decideAttempt(job, { attempt: command.attempt, replayed: isReplayed(message) });
  if (decision.action === "skip") return log.debug({ reason: decision.reason }, "command skipped");
  if (decision.action === "follow-up") return resendFollowUps(kind, deps, record, command.key, job);

  const attempt = decision.attempt;
  if (decision.action === "run") {
    const claim = await record.retry("claim", () => kind.claim(deps, command.key, attempt, job, { newRun: decision.newRun, record }));
    if (!claim.claimed) return log.debug("claimed elsewhere or cancelled");
    if (claim.started) await kind.announce.started?.(deps, message, command.key, attempt);
  }
  const runStartAttempt = decision.action === "run" && decision.newRun ? attempt : job.runStartAttempt;
  await finishAttempt(kind, deps, record, { key: command.key, attempt, runStartAttempt, job }, decision.action === "resume");
}
