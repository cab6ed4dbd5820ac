import { z } from "zod";
import { taskStatuses, taskTypes } from "./task-enums";
import { retryPolicySchema, type RetryPolicy } from "../jobs/retry-policy";
import { emailDataSchema, exportDataSchema, notificationDataSchema } from "./task-data-schemas";

const retryShape = {
  /** The seed contract's shorthand for retry.maxRetries. */
  maxRetries: z.number().int().min(0).max(20).optional(),
  retry: retryPolicySchema.partial().optional(),
};

export const createTaskSchema = z
  .discriminatedUnion(
    "type",
    [
      z.strictObject({ type: z.literal("email"), data: emailDataSchema, ...retryShape }),
      z.strictObject({ type: z.literal("notification"), data: notificationDataSchema, ...retryShape }),
      z.strictObject({ type: z.literal("export"), data: exportDataSchema, ...retryShape }),
    ],
    { error: `type must be one of: ${taskTypes.join(", ")}` },
  )
  .transform(({ maxRetries, retry, ...task }) => ({
    ...task,
    data: task.data as Record<string, unknown>,
    retry: retryPolicySchema.parse({ ...retry, ...(maxRetries === undefined ? {} : { maxRetries }) }) as RetryPolicy,
  }));
export type CreateTaskInput = z.input<typeof createTaskSchema>;
export type NewTaskSpec = z.infer<typeof createTaskSchema>;

export const taskListQuerySchema = z.object({
  type: z.enum(taskTypes).optional(),
  status: z.enum(taskStatuses).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;
