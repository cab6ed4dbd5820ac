import type { Message } from "kafkajs";
import type { EventProducer } from "../kafka/event-producer";
import type { Envelope } from "./envelope";
import { envelopeHeaders, type PublishContext } from "./headers";

export function toKafkaMessage(envelope: Envelope, context: PublishContext): Message {
  return { key: envelope.key, value: JSON.stringify(envelope), headers: envelopeHeaders(envelope, context) };
}

/** Resolves once Kafka acknowledged every envelope (acks=all); throws UnavailableError otherwise. */
export async function publishEvents(
  producer: EventProducer,
  topic: string,
  envelopes: Envelope[],
  context: PublishContext,
): Promise<void> {
  await producer.publish(
    topic,
    envelopes.map((envelope) => toKafkaMessage(envelope, context)),
  );
}
