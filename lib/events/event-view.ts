import type { ProcessedEvent } from "../../drizzle/schema";

/** The public JSON shape of a processed event. */
export function processedEventView(row: ProcessedEvent) {
  return {
    eventId: row.eventId,
    eventType: row.eventType,
    key: row.key,
    source: row.source,
    timestamp: row.occurredAt.toISOString(),
    payload: row.payload,
    schemaVersion: row.schemaVersion,
    acceptedAt: row.acceptedAt.toISOString(),
    processedAt: row.processedAt.toISOString(),
    requestId: row.requestId,
    kafka: { topic: row.topic, partition: row.partition, offset: row.offset.toString() },
  };
}

export type ProcessedEventView = ReturnType<typeof processedEventView>;
