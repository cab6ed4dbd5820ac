import { z } from "zod";
import { payloadSchema } from "../events/envelope";
import { retryPolicySchema } from "../jobs/retry-policy";
import { taskTypes } from "../tasks/task-enums";
import { defineTopic, type TopicSettings } from "./define-topic";
import { entityMessage } from "./entity-message";
import { envelopeContract } from "./envelope-contract";

/** Who sends task messages, in their envelopes' `source`. */
export const TASK_SOURCE = "streamops.tasks";

export const taskCreatedSchema = z.object({
  taskId: z.uuid(),
  type: z.enum(taskTypes),
  data: payloadSchema,
  retryCount: z.number().int().min(0),
  maxRetries: z.number().int().min(0),
  retry: retryPolicySchema,
});
export type TaskCreated = z.infer<typeof taskCreatedSchema>;

const taskId = z.uuid();
const type = z.enum(taskTypes);

/**
 * `task.created` starts a task (its first attempt), `task.attempt` is a scheduled retry;
 * `task.completed` and `task.failed` tell the outcome. Keyed by taskId.
 */
export const taskPayloads = {
  "task.created": taskCreatedSchema,
  "task.attempt": z.object({ taskId, attempt: z.number().int().min(2) }),
  "task.completed": z.object({ taskId, type }),
  "task.failed": z.object({ taskId, type, errorClass: z.string(), errorMessage: z.string() }),
};

export const tasksTopicName = (prefix: string) => `${prefix}tasks`;

export function tasksTopic(settings: TopicSettings) {
  const name = tasksTopicName(settings.KAFKA_TOPIC_PREFIX);
  return {
    name,
    definitions: [defineTopic(name, settings.KAFKA_EVENTS_PARTITIONS, 7)],
    ...envelopeContract("tasks", taskPayloads),
    /** e.g. `message("task.attempt", taskId, { attempt: 2 }, "2")`; see entityMessage for `occurrence`. */
    message: entityMessage<"tasks", typeof taskPayloads, "taskId">({ contract: "tasks", topic: name, source: TASK_SOURCE, idField: "taskId" }),
  };
}
