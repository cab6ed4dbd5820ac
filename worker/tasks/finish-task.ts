import type { JobFailure } from "../../lib/jobs/job-error";
import type { TaskOutcome } from "../../lib/tasks/handlers/task-handler";
import { completeTask, failTask, scheduleTaskRetry, type TaskRef } from "../../lib/tasks/task-transitions";
import { deadLetterRejections } from "../dead-letter";
import { commandContext, replayHeaders } from "../jobs/command-headers";
import type { JobDeps } from "../jobs/job-deps";
import { planAfterFailure } from "../jobs/plan-after-failure";
import type { TaskRun } from "./run-task";

/** Records how a task attempt ended and sends what follows: task.completed, a retry, or the dead letter. */
export async function finishTask(deps: JobDeps, run: TaskRun, ref: TaskRef, runStartAttempt: number, outcome: TaskOutcome | JobFailure) {
  const { task, retry, message } = run;
  const log = deps.logger.child({ taskId: ref.taskId, attempt: ref.attempt });
  if (!("errorClass" in outcome)) {
    if (await retry("complete task", () => completeTask(deps.db, ref, outcome.result, outcome.file))) await sendCompleted(deps, run);
    return;
  }
  const error = `${outcome.errorClass}: ${outcome.errorMessage}`;
  const plan = planAfterFailure(task.retryPolicy, outcome, ref.attempt, runStartAttempt);
  if (plan.kind === "retry") {
    const next = deps.topics.tasks.message("task.attempt", ref.taskId, { attempt: plan.nextAttempt }, `${plan.nextAttempt}`);
    const record = deps.topics.tasks.scheduled(next, commandContext(message), plan.dueAt, replayHeaders(message));
    await retry("schedule task retry", () => scheduleTaskRetry(deps.db, ref, error, record));
    log.warn({ error, retryAt: plan.dueAt.toISOString() }, "task failed, retry scheduled");
    return;
  }
  const failed = await retry("fail task", () => failTask(deps.db, ref, error));
  log.warn({ error, attemptsInRun: plan.attemptsInRun }, "task failed for good");
  if (failed) await sendFailed(deps, run, outcome, { attempts: plan.attemptsInRun, finalAttempt: ref.attempt });
}

/** A redelivered command whose attempt already ended: its follow-ups may not have been sent. */
export async function resendTaskFollowUps(deps: JobDeps, run: TaskRun) {
  const { task } = run;
  if (task.status === "completed") return sendCompleted(deps, run);
  const [errorClass = "Error", ...rest] = (task.error ?? "").split(": ");
  const failure = { errorClass, errorMessage: rest.join(": "), retryable: false };
  await sendFailed(deps, run, failure, { attempts: task.attempts - task.runStartAttempt + 1, finalAttempt: task.attempts });
}

async function sendCompleted(deps: JobDeps, run: TaskRun) {
  const completed = deps.topics.tasks.message("task.completed", run.task.id, { type: run.task.type }, "completed");
  await deps.topics.tasks.publish(deps, [completed], commandContext(run.message));
}

/** `attempts`: how many this run made, for the dead letter; `finalAttempt` names the event. */
async function sendFailed(deps: JobDeps, run: TaskRun, failure: JobFailure, count: { attempts: number; finalAttempt: number }) {
  const { task } = run;
  const details = { type: task.type, errorClass: failure.errorClass, errorMessage: failure.errorMessage };
  const failed = deps.topics.tasks.message("task.failed", task.id, details, `${count.finalAttempt}`);
  await Promise.all([
    deadLetterRejections(deps, run.origin, [{ message: run.message, ...failure, attempts: count.attempts }], run.retry),
    deps.topics.tasks.publish(deps, [failed], commandContext(run.message)),
  ]);
}
