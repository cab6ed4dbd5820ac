import type { Envelope } from "../events/envelope";

/** Where a message came from; travels in Kafka headers so the worker can log and trace it. */
export type PublishContext = { requestId: string; traceparent?: string };

export const HEADER = {
  eventType: "event-type",
  eventId: "event-id",
  contentType: "content-type",
  requestId: "request-id",
  traceparent: "traceparent",
} as const;

export function envelopeHeaders(envelope: Envelope, context: PublishContext): Record<string, string> {
  return {
    [HEADER.eventType]: envelope.eventType,
    [HEADER.eventId]: envelope.eventId,
    [HEADER.contentType]: "application/json",
    [HEADER.requestId]: context.requestId,
    ...(context.traceparent ? { [HEADER.traceparent]: context.traceparent } : {}),
  };
}
