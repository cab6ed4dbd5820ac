import { mayRetry, retryDelayMs, type RetryPolicy } from "../../lib/jobs/retry-policy";
import type { JobFailure } from "../../lib/jobs/job-error";

export type FailurePlan = { kind: "retry"; nextAttempt: number; dueAt: Date } | { kind: "give-up"; attemptsInRun: number };

/** After a failed attempt: schedule the next one with backoff, or give up (non-retryable, or out of retries). */
export function planAfterFailure(
  policy: RetryPolicy,
  failure: JobFailure,
  attempt: number,
  runStartAttempt: number,
  now = Date.now(),
): FailurePlan {
  if (failure.retryable && mayRetry(policy, attempt, runStartAttempt)) {
    const retryNumber = attempt - runStartAttempt + 1;
    return { kind: "retry", nextAttempt: attempt + 1, dueAt: new Date(now + retryDelayMs(policy, retryNumber)) };
  }
  return { kind: "give-up", attemptsInRun: attempt - runStartAttempt + 1 };
}
