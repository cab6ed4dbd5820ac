import { z } from "zod";
import { payloadSchema } from "../events/envelope";
import { retryPolicySchema } from "../jobs/retry-policy";
import { priorities } from "../workflows/workflow-enums";
import { defineTopic, type TopicSettings } from "./define-topic";
import { entityMessage } from "./entity-message";
import { envelopeContract, type MessageOf } from "./envelope-contract";

/** Who sends workflow messages, in their envelopes' `source`. */
export const WORKFLOW_SOURCE = "streamops.workflows";

export const workflowCreatedSchema = z.object({
  workflowId: z.uuid(),
  name: z.string(),
  priority: z.enum(priorities),
  steps: z.array(z.object({ type: z.string(), options: z.record(z.string(), z.unknown()) })).min(1),
  input: payloadSchema,
  retry: retryPolicySchema,
  metadata: z.record(z.string(), z.string()).optional(),
});
export type WorkflowCreated = z.infer<typeof workflowCreatedSchema>;

const workflowId = z.uuid();
const stepIndex = z.number().int().min(0);
const attempt = z.number().int().min(1);

/**
 * `workflow.created` is the command that starts a workflow; the rest tell observers how it went.
 * Keyed by workflowId, so one workflow's messages stay in order on one partition.
 */
export const workflowPayloads = {
  "workflow.created": workflowCreatedSchema,
  "workflow.processing": z.object({ workflowId, stepIndex, attempt }),
  "workflow.step.completed": z.object({ workflowId, stepIndex, step: z.string(), attempt }),
  "workflow.completed": z.object({ workflowId, name: z.string() }),
  "workflow.failed": z.object({ workflowId, stepIndex, step: z.string(), errorClass: z.string(), errorMessage: z.string() }),
  "workflow.cancelled": z.object({ workflowId, requestId: z.string() }),
};

export type WorkflowMessage = MessageOf<"workflows", typeof workflowPayloads>;

export const workflowsTopicName = (prefix: string) => `${prefix}workflows`;

export function workflowsTopic(settings: TopicSettings) {
  const name = workflowsTopicName(settings.KAFKA_TOPIC_PREFIX);
  return {
    name,
    definitions: [defineTopic(name, settings.KAFKA_EVENTS_PARTITIONS, 7)],
    ...envelopeContract("workflows", workflowPayloads),
    /** e.g. `message("workflow.completed", workflowId, { name }, "completed")`; see entityMessage for `occurrence`. */
    message: entityMessage<"workflows", typeof workflowPayloads, "workflowId">({ contract: "workflows", topic: name, source: WORKFLOW_SOURCE, idField: "workflowId" }),
  };
}
