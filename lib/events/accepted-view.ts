import type { Envelope } from "./envelope";

/** What the API answers for an event Kafka acknowledged but the worker may not have applied yet. */
export function acceptedEventView(envelope: Envelope) {
  return {
    eventId: envelope.eventId,
    eventType: envelope.eventType,
    key: envelope.key,
    timestamp: envelope.timestamp,
    status: "accepted" as const,
  };
}
