import { z } from "zod";
import { taskTypes } from "./task-enums";
import { SCHEMA_VERSION, payloadSchema, type Envelope } from "../events/envelope";
import { retryPolicySchema } from "../jobs/retry-policy";
import { stableUuid } from "../jobs/stable-uuid";

/**
 * The Kafka contract of the tasks topic, shared by the API and the worker: `task.created` starts a
 * task (its first attempt), `task.attempt` is a scheduled retry, `task.completed` and
 * `task.failed` tell the outcome.
 */
export const TASK_SOURCE = "streamops.tasks";

export const taskEventTypes = ["task.created", "task.attempt", "task.completed", "task.failed"] as const;
export type TaskEventType = (typeof taskEventTypes)[number];

export const taskCreatedSchema = z.object({
  taskId: z.uuid(),
  type: z.enum(taskTypes),
  data: payloadSchema,
  retryCount: z.number().int().min(0),
  maxRetries: z.number().int().min(0),
  retry: retryPolicySchema,
});
export type TaskCreated = z.infer<typeof taskCreatedSchema>;

export const taskAttemptSchema = z.object({ taskId: z.uuid(), attempt: z.number().int().min(2) });

/** Ids derive from what happened, so an event re-sent after a crash keeps the first send's id. */
export function taskEvent(eventType: TaskEventType, taskId: string, payload: Record<string, unknown>, occurrence: string): Envelope {
  return {
    eventId: stableUuid(`${taskId}:${eventType}:${occurrence}`),
    eventType,
    timestamp: new Date().toISOString(),
    source: TASK_SOURCE,
    key: taskId,
    payload: { taskId, ...payload },
    schemaVersion: SCHEMA_VERSION,
  };
}
