import { z } from "zod";
import { priorities } from "./workflow-enums";
import { SCHEMA_VERSION, payloadSchema, type Envelope } from "../events/envelope";
import { retryPolicySchema } from "../jobs/retry-policy";
import { stableUuid } from "../jobs/stable-uuid";
import type { TopicNames } from "../kafka/topics";

/**
 * The Kafka contract of workflows, shared by the API that produces and the worker that consumes:
 * lifecycle events on the workflows topic, and one step command per step attempt on the
 * workflow's priority lane.
 */
export const WORKFLOW_SOURCE = "streamops.workflows";

export const workflowEventTypes = [
  "workflow.created",
  "workflow.processing",
  "workflow.step.completed",
  "workflow.completed",
  "workflow.failed",
  "workflow.cancelled",
] as const;
export type WorkflowEventType = (typeof workflowEventTypes)[number];

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

export const STEP_COMMAND_TYPE = "workflow.step.run";

export const stepCommandSchema = z.object({
  workflowId: z.uuid(),
  stepIndex: z.number().int().min(0),
  attempt: z.number().int().min(1),
});
export type StepCommand = z.infer<typeof stepCommandSchema>;

/**
 * Lifecycle ids are derived from what happened (the workflow, the event, the step and attempt),
 * so an event re-sent after a crash carries the id of the first send.
 */
export function workflowEvent(
  eventType: WorkflowEventType,
  workflowId: string,
  payload: Record<string, unknown>,
  occurrence: string,
): Envelope {
  return {
    eventId: stableUuid(`${workflowId}:${eventType}:${occurrence}`),
    eventType,
    timestamp: new Date().toISOString(),
    source: WORKFLOW_SOURCE,
    key: workflowId,
    payload: { workflowId, ...payload },
    schemaVersion: SCHEMA_VERSION,
  };
}

export function stepCommandEnvelope(command: StepCommand): Envelope {
  return {
    eventId: stableUuid(`${command.workflowId}:step:${command.stepIndex}:${command.attempt}`),
    eventType: STEP_COMMAND_TYPE,
    timestamp: new Date().toISOString(),
    source: WORKFLOW_SOURCE,
    key: command.workflowId,
    payload: command,
    schemaVersion: SCHEMA_VERSION,
  };
}

export const laneTopic = (topics: TopicNames, priority: (typeof priorities)[number]) => topics.workflowSteps[priority];
