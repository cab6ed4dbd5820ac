import { z } from "zod";
import { STEP_COMMAND_TYPE, stepCommandSchema } from "../topics/workflow-steps";

const envelopeShape = z.object({ eventId: z.string(), eventType: z.string(), payload: z.unknown() });
const taskPayload = z.object({ taskId: z.uuid() });

export type LetterLineage = {
  /** The failed record was a workflow step's command. */
  workflow?: { id: string; stepIndex: number; attempt: number };
  /** The failed record started or retried a task. */
  task?: { id: string };
  /** The record's eventId, when it was an envelope at all. */
  eventId?: string;
};

/** What a dead-lettered record belonged to, read from the record itself. */
export function letterLineage(json: unknown): LetterLineage {
  const envelope = envelopeShape.safeParse(json);
  if (!envelope.success) return {};
  const { eventId, eventType, payload } = envelope.data;
  if (eventType === STEP_COMMAND_TYPE) {
    const command = stepCommandSchema.safeParse(payload);
    if (command.success) return { eventId, workflow: { id: command.data.workflowId, stepIndex: command.data.stepIndex, attempt: command.data.attempt } };
  }
  if (eventType.startsWith("task.")) {
    const task = taskPayload.safeParse(payload);
    if (task.success) return { eventId, task: { id: task.data.taskId } };
  }
  return { eventId };
}
