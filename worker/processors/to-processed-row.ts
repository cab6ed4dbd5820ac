import type { KafkaMessage } from "kafkajs";
import type { Envelope } from "../../lib/events/envelope";
import { HEADER } from "../../lib/topics/headers";
import type { ProcessedEventRow } from "../../lib/events/insert-processed-events";

export function toProcessedRow(
  envelope: Envelope,
  origin: { topic: string; partition: number; message: KafkaMessage },
): ProcessedEventRow {
  return {
    eventId: envelope.eventId,
    eventType: envelope.eventType,
    key: envelope.key,
    source: envelope.source,
    payload: envelope.payload,
    schemaVersion: envelope.schemaVersion,
    occurredAt: envelope.timestamp,
    acceptedAt: new Date(Number(origin.message.timestamp)).toISOString(),
    requestId: origin.message.headers?.[HEADER.requestId]?.toString() ?? null,
    topic: origin.topic,
    partition: origin.partition,
    offset: origin.message.offset,
  };
}
