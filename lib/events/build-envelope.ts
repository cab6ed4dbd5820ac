import { randomUUID } from "node:crypto";
import { SCHEMA_VERSION, type Envelope } from "./envelope";
import type { EventInput } from "./schemas";

export const DEFAULT_SOURCE = "api";

/** Fills what the client may leave out; the key defaults to the eventId so order is per event. */
export function buildEnvelope(input: EventInput, now = new Date()): Envelope {
  const eventId = input.eventId ?? randomUUID();
  return {
    eventId,
    eventType: input.eventType,
    timestamp: input.timestamp ?? now.toISOString(),
    source: input.source ?? DEFAULT_SOURCE,
    key: input.key ?? eventId,
    payload: input.payload,
    schemaVersion: SCHEMA_VERSION,
  };
}
