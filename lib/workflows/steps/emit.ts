import { z } from "zod";
import { eventTypeSchema } from "../../events/envelope";
import { defineStep } from "./step-definition";

export const emitStep = defineStep({
  type: "emit",
  summary: "Publishes the data as an event on the events topic (default type workflow.emitted).",
  options: z.strictObject({
    eventType: eventTypeSchema.default("workflow.emitted"),
    /** Defaults to the workflow id, so one workflow's events stay in order. */
    key: z.string().min(1).max(500).optional(),
  }),
  async run({ data, workflowId, idempotencyKey, services }, options) {
    const eventId = await services.emit({ idempotencyKey, eventType: options.eventType, key: options.key ?? workflowId, payload: data });
    return { kind: "done", output: { ...data, emittedEventId: eventId } };
  },
});
