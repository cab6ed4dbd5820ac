import { z } from "zod";

/**
 * How a failing step or task is retried. Defaults (1 s, ×2, 5 min cap, 3 retries) ride out a
 * dependency's restart without hammering it; callers override them per workflow or task.
 */
export const retryPolicySchema = z.strictObject({
  maxRetries: z.number().int().min(0).max(20).default(3),
  initialDelayMs: z.number().int().min(10).max(3_600_000).default(1000),
  multiplier: z.number().min(1).max(10).default(2),
  maxDelayMs: z.number().int().min(10).max(86_400_000).default(300_000),
});

export type RetryPolicy = z.infer<typeof retryPolicySchema>;

export const defaultRetryPolicy: RetryPolicy = retryPolicySchema.parse({});

/**
 * Delay before retry number `retry` (1 for the first). "Equal jitter": half the exponential
 * delay is fixed, half random, so retries spread out yet each wait is at least as long as the last.
 */
export function retryDelayMs(policy: RetryPolicy, retry: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.multiplier ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Whether another attempt is allowed after `attempt` failed, counting from the run's first attempt. */
export function mayRetry(policy: RetryPolicy, attempt: number, runStartAttempt: number): boolean {
  return attempt - runStartAttempt < policy.maxRetries;
}
