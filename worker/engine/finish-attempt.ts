import { describeFailure, storedFailure, type JobFailure } from "../../lib/jobs/job-error";
import { deadLetterRejections } from "./dead-letter";
import { commandContext, replayHeaders } from "./command-headers";
import type { WorkerDeps } from "../worker-deps";
import { planAfterFailure } from "./plan-after-failure";
import type { CommandRecord, JobKind, LoadedJob, Wait } from "./job-kind";

type Attempt<Key, Row> = { key: Key; attempt: number; runStartAttempt: number; job: LoadedJob<Row> };

const isWait = (outcome: unknown): outcome is Wait => (outcome as Wait | undefined)?.kind === "wait";
const isFailure = (outcome: unknown): outcome is JobFailure => typeof (outcome as JobFailure).errorClass === "string";

/** Runs a claimed attempt and records how it ended: done, parked until later, retried, or failed for good. */
export async function finishAttempt<Key, Row, Done, Completion>(
  kind: JobKind<Key, Row, Done, Completion>,
  deps: WorkerDeps,
  record: CommandRecord,
  run: Attempt<Key, Row>,
  resumed: boolean,
): Promise<void> {
  const { key, attempt, job } = run;
  const { retry, message } = record;
  const log = deps.logger.child(kind.describe(key, attempt));
  let outcome: Done | Wait | JobFailure;
  try {
    outcome = await kind.execute(deps, key, attempt, job, resumed);
  } catch (error) {
    outcome = describeFailure(error);
  }

  if (isFailure(outcome)) return finishFailed(kind, deps, record, run, outcome);
  if (isWait(outcome)) {
    const wake = kind.scheduleCommand(deps, key, attempt, job, { context: commandContext(message), dueAt: outcome.until });
    await retry("park until wake-up", () => kind.sleep!(deps, key, attempt, wake));
    return;
  }
  const completion = await retry("complete", () => kind.complete(deps, key, attempt, outcome as Done));
  if (completion === undefined) return log.debug("completed after the job was cancelled");
  await kind.announce.completed(deps, message, key, attempt, job, completion);
}

async function finishFailed<Key, Row, Done, Completion>(
  kind: JobKind<Key, Row, Done, Completion>,
  deps: WorkerDeps,
  record: CommandRecord,
  run: Attempt<Key, Row>,
  failure: JobFailure,
) {
  const { key, attempt, runStartAttempt, job } = run;
  const log = deps.logger.child(kind.describe(key, attempt));
  const error = `${failure.errorClass}: ${failure.errorMessage}`;
  const plan = planAfterFailure(job.retryPolicy, failure, attempt, runStartAttempt);
  if (plan.kind === "retry") {
    // A replayed command's retries keep its replay headers, so a last failure returns to the same dead letter.
    const schedule = { context: commandContext(record.message), dueAt: plan.dueAt, extraHeaders: replayHeaders(record.message) };
    const next = kind.scheduleCommand(deps, key, plan.nextAttempt, job, schedule);
    await record.retry("schedule retry", () => kind.scheduleRetry(deps, key, attempt, failure, next));
    log.warn({ error, retryAt: plan.dueAt.toISOString() }, "attempt failed, retry scheduled");
    return;
  }
  const failed = await record.retry("fail", () => kind.fail(deps, key, attempt, job, failure));
  log.warn({ error, attemptsInRun: plan.attemptsInRun }, "attempt failed for good, job failed");
  if (failed) await sendFailure(kind, deps, record, run, failure);
}

/** The failed job's dead letter and its lifecycle record, together. */
async function sendFailure<Key, Row, Done, Completion>(
  kind: JobKind<Key, Row, Done, Completion>,
  deps: WorkerDeps,
  record: CommandRecord,
  run: Attempt<Key, Row>,
  failure: JobFailure,
) {
  const { key, attempt, runStartAttempt, job } = run;
  const firstFailedAt = await kind.firstFailedAt(deps, key, runStartAttempt, record.retry);
  const rejection = { message: record.message, ...failure, attempts: attempt - runStartAttempt + 1, firstFailedAt };
  await Promise.all([
    deadLetterRejections(deps, record.origin, [rejection], record.retry),
    kind.announce.failed(deps, record.message, key, attempt, job, failure),
  ]);
}

/**
 * A redelivered command whose attempt already ended: the worker may have died after recording the
 * end and before sending what follows it, so that is sent again (consumers deduplicate by id).
 */
export async function resendFollowUps<Key, Row, Done, Completion>(
  kind: JobKind<Key, Row, Done, Completion>,
  deps: WorkerDeps,
  record: CommandRecord,
  key: Key,
  job: LoadedJob<Row>,
) {
  const run = { key, attempt: job.attempts, runStartAttempt: job.runStartAttempt, job };
  if (job.status === "failed") return sendFailure(kind, deps, record, run, storedFailure(job.lastError));
  const completion = kind.completionOf(job);
  if (completion !== undefined) await kind.announce.completed(deps, record.message, key, job.attempts, job, completion);
}
