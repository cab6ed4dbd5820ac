/** The workflow vocabularies, in a module of their own so pages and forms can use them without the table definitions. */
export const workflowStatuses = ["pending", "processing", "completed", "failed", "cancelled"] as const;
export const priorities = ["high", "medium", "low"] as const;
export type Priority = (typeof priorities)[number];
