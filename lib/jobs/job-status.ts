/**
 * The one status vocabulary of every job the engine runs (a task, a workflow step). Pages and the
 * API may name them differently (seed 000's tasks say `queued` and `processing`); storage and the
 * engine never do.
 * `waiting`: sleeping until its wake-up (a delay step); `retrying`: an attempt failed and the next is scheduled.
 */
export const jobStatuses = ["pending", "running", "waiting", "retrying", "completed", "failed", "cancelled"] as const;
export type JobStatus = (typeof jobStatuses)[number];
