import type { JobStatus } from "../jobs/job-status";

/** The task vocabularies, in a module of their own so pages and forms can use them without the table definitions. */
export const taskTypes = ["email", "notification", "export"] as const;
export type TaskType = (typeof taskTypes)[number];

/** A task's status as the API and pages show it: seed 000's words. */
export const taskStatuses = ["queued", "processing", "retrying", "completed", "failed"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/**
 * Stored, a task is a job like any other (`pending`, `running`, ...): this table is the only place
 * the two vocabularies meet.
 */
const shownStatus = { pending: "queued", running: "processing", retrying: "retrying", completed: "completed", failed: "failed" } as const satisfies Record<
  string,
  TaskStatus
>;
type TaskJobStatus = keyof typeof shownStatus;

export const shownTaskStatus = (status: JobStatus): TaskStatus => shownStatus[status as TaskJobStatus];

export const storedTaskStatus = (status: TaskStatus): TaskJobStatus =>
  (Object.keys(shownStatus) as TaskJobStatus[]).find((stored) => shownStatus[stored] === status)!;
