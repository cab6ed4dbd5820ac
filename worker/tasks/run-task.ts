import type { KafkaMessage } from "kafkajs";
import type { Task } from "../../drizzle/schema";
import { decideAttempt } from "../../lib/jobs/decide-attempt";
import { describeFailure, type JobFailure } from "../../lib/jobs/job-error";
import { taskHandlers } from "../../lib/tasks/handlers";
import type { TaskOutcome } from "../../lib/tasks/handlers/task-handler";
import { insertTask } from "../../lib/tasks/insert-task";
import { loadTask, taskJobState } from "../../lib/tasks/task-state";
import { claimTask, type TaskRef } from "../../lib/tasks/task-transitions";
import type { Origin } from "../batch-deps";
import { commandContext, isReplayed } from "../jobs/command-headers";
import type { JobDeps } from "../jobs/job-deps";
import { readCommand } from "../jobs/read-command";
import { retryDb } from "../retry-db";
import { finishTask, resendTaskFollowUps } from "./finish-task";

/**
 * Handles `task.created` (the first attempt) and `task.attempt` (a scheduled retry): checks the
 * command against the stored state, claims the attempt, runs the handler and records the outcome.
 */
export async function runTaskCommand(deps: JobDeps, origin: Origin, message: KafkaMessage): Promise<void> {
  const retry = retryDb(deps);
  const command = await readCommand(deps, origin, message, deps.topics.tasks, ["task.created", "task.attempt"], retry);
  if (!command) return;
  const { taskId } = command.payload;
  if (command.eventType === "task.created") {
    const created = command.payload;
    // Accepted by Kafka but possibly not stored by the API (it failed between publish and commit).
    await retry("materialise task", () => insertTask(deps.db, created, commandContext(message).requestId));
  }
  const task = await retry("load task", () => loadTask(deps.db, taskId));
  if (!task) return deps.logger.warn({ taskId }, "task command for an unknown task skipped");
  const attempt = command.eventType === "task.attempt" ? command.payload.attempt : 1;
  const decision = decideAttempt(taskJobState(task), { attempt, replayed: isReplayed(message) });
  const run = { origin, message, task, retry };
  if (decision.action === "skip") return deps.logger.debug({ taskId, reason: decision.reason }, "task command skipped");
  if (decision.action === "follow-up") return resendTaskFollowUps(deps, run);
  if (decision.action === "resume") return;

  const ref: TaskRef = { taskId, attempt: decision.attempt };
  const claimed = await retry("claim task", () => claimTask(deps.db, ref, task, decision.newRun));
  if (!claimed) return deps.logger.debug({ taskId }, "task claimed elsewhere");
  const runStartAttempt = decision.newRun ? decision.attempt : task.runStartAttempt;
  await finishTask(deps, run, ref, runStartAttempt, await execute(deps, task, ref));
}

export type TaskRun = { origin: Origin; message: KafkaMessage; task: Task; retry: ReturnType<typeof retryDb> };

async function execute(deps: JobDeps, task: Task, ref: TaskRef): Promise<TaskOutcome | JobFailure> {
  const handler = taskHandlers[task.type];
  try {
    return await handler.run({ taskId: task.id, attempt: ref.attempt, services: deps.taskServices, signal: deps.signal }, handler.data.parse(task.data));
  } catch (error) {
    return describeFailure(error);
  }
}
