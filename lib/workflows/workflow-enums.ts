/** The workflow vocabularies, in a module of their own so pages and forms can use them without the table definitions. */
export const workflowStatuses = ["pending", "processing", "completed", "failed", "cancelled"] as const;
export const priorities = ["high", "medium", "low"] as const;
export type Priority = (typeof priorities)[number];

/** `waiting`: a delay step sleeping until wake_at; `retrying`: a failed attempt with a retry scheduled. */
export const stepStatuses = ["pending", "running", "waiting", "retrying", "completed", "failed", "cancelled"] as const;
export type StepStatus = (typeof stepStatuses)[number];
