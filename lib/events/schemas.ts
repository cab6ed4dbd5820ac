import { z } from "zod";
import { eventTypeSchema, payloadSchema } from "./envelope";

export const MAX_BATCH_EVENTS = 1000;

/** Event Stream Processor clients post `{ event_type, payload }`; map its names onto ours. */
function acceptSnakeCaseNames(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const { event_type, event_id, ...rest } = input as Record<string, unknown>;
  return {
    ...(event_type === undefined ? {} : { eventType: event_type }),
    ...(event_id === undefined ? {} : { eventId: event_id }),
    ...rest,
  };
}

export const eventInputSchema = z.preprocess(
  acceptSnakeCaseNames,
  z.strictObject({
    eventType: eventTypeSchema,
    payload: payloadSchema.default({}),
    key: z.string().min(1).max(500).optional(),
    /** Supplying eventId makes the post idempotent: the same id is processed once. */
    eventId: z.uuid().optional(),
    timestamp: z.iso.datetime({ offset: true }).optional(),
    source: z.string().min(1).max(200).optional(),
  }),
);

export type EventInput = z.infer<typeof eventInputSchema>;

export const eventBatchInputSchema = z.strictObject({
  events: z.array(eventInputSchema).min(1).max(MAX_BATCH_EVENTS),
});

/** Which processed events: shared by the list, the CSV export and the Events page. */
export const eventFilterSchema = z.object({
  type: eventTypeSchema.optional(),
  key: z.string().min(1).max(500).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type EventFilter = z.infer<typeof eventFilterSchema>;

export const eventListQuerySchema = eventFilterSchema.extend({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export type EventListQuery = z.infer<typeof eventListQuerySchema>;
