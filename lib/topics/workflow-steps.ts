import { z } from "zod";
import { SCHEMA_VERSION } from "../events/envelope";
import { stableUuid } from "../jobs/stable-uuid";
import { priorities, type Priority } from "../workflows/workflow-enums";
import { defineTopic, type TopicSettings } from "./define-topic";
import { envelopeContract, type TopicMessage } from "./envelope-contract";
import { WORKFLOW_SOURCE } from "./workflows";

export const STEP_COMMAND_TYPE = "workflow.step.run";

export const stepCommandSchema = z.object({
  workflowId: z.uuid(),
  stepIndex: z.number().int().min(0),
  attempt: z.number().int().min(1),
});
export type StepCommand = z.infer<typeof stepCommandSchema>;

/** One command per step attempt, keyed by workflowId so a workflow's commands stay in order. */
export const workflowStepPayloads = { [STEP_COMMAND_TYPE]: stepCommandSchema };

export type StepCommandMessage = TopicMessage<"workflow-steps", typeof STEP_COMMAND_TYPE, StepCommand>;

export const workflowStepsTopicNames = (prefix: string) =>
  Object.fromEntries(priorities.map((priority) => [priority, `${prefix}workflow-steps.${priority}`])) as Record<Priority, string>;

/** One topic per priority, each consumed on its own, so a low-priority backlog never delays high. */
export function workflowStepsTopics(settings: TopicSettings) {
  const names = workflowStepsTopicNames(settings.KAFKA_TOPIC_PREFIX);
  return {
    names,
    definitions: priorities.map((priority) => defineTopic(names[priority], settings.KAFKA_EVENTS_PARTITIONS, 7)),
    ...envelopeContract("workflow-steps", workflowStepPayloads),
    /** The command to run one attempt of a step, on the lane of its workflow's priority; its id derives from the attempt. */
    message(priority: Priority, { workflowId, stepIndex, attempt }: StepCommand): StepCommandMessage {
      return {
        contract: "workflow-steps",
        topic: names[priority],
        envelope: {
          eventId: stableUuid(`${workflowId}:step:${stepIndex}:${attempt}`),
          eventType: STEP_COMMAND_TYPE,
          timestamp: new Date().toISOString(),
          source: WORKFLOW_SOURCE,
          key: workflowId,
          payload: { workflowId, stepIndex, attempt },
          schemaVersion: SCHEMA_VERSION,
        },
      };
    },
  };
}
