import type { Envelope } from "../events/envelope";

/** The seed's event shape: the key is the userId, so a user's events keep their order. */
export function userActivityView(event: Pick<Envelope, "eventId" | "key" | "eventType" | "timestamp" | "payload">) {
  return {
    eventId: event.eventId,
    userId: event.key,
    eventType: event.eventType,
    timestamp: event.timestamp,
    payload: event.payload,
  };
}
