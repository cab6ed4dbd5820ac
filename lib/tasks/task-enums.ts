/** The task vocabularies, in a module of their own so pages and forms can use them without the table definitions. */
export const taskTypes = ["email", "notification", "export"] as const;
export type TaskType = (typeof taskTypes)[number];
/** `retrying`: an attempt failed and the next one is scheduled. */
export const taskStatuses = ["queued", "processing", "retrying", "completed", "failed"] as const;
export type TaskStatus = (typeof taskStatuses)[number];
