import type { KafkaMessage } from "kafkajs";
import type { NewProcessedEvent } from "../drizzle/schema";
import type { Envelope } from "../lib/events/envelope";
import { HEADER } from "../lib/events/headers";

export function toProcessedRow(
  envelope: Envelope,
  origin: { topic: string; partition: number; message: KafkaMessage },
): NewProcessedEvent {
  return {
    eventId: envelope.eventId,
    eventType: envelope.eventType,
    key: envelope.key,
    source: envelope.source,
    payload: envelope.payload,
    schemaVersion: envelope.schemaVersion,
    occurredAt: new Date(envelope.timestamp),
    acceptedAt: new Date(Number(origin.message.timestamp)),
    requestId: origin.message.headers?.[HEADER.requestId]?.toString() ?? null,
    topic: origin.topic,
    partition: origin.partition,
    offset: BigInt(origin.message.offset),
  };
}
