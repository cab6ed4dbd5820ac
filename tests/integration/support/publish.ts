import { randomUUID } from "node:crypto";
import type { Producer } from "kafkajs";
import { buildEnvelope } from "../../../lib/events/build-envelope";
import type { Envelope } from "../../../lib/events/envelope";
import { encodeMessage } from "../../../lib/topics/envelope-contract";

export function envelopes(count: number, key: string = randomUUID()): Envelope[] {
  return Array.from({ length: count }, (_, index) =>
    buildEnvelope({ eventType: "test.event", key, payload: { index } }),
  );
}

/** Produces envelopes exactly as the web app does (same message shape and headers). */
export async function produceEnvelopes(producer: Producer, topic: string, items: Envelope[]) {
  await producer.send({
    topic,
    acks: -1,
    messages: items.map((envelope) => encodeMessage({ contract: "events", topic, envelope }, { requestId: `it-${envelope.eventId}` })),
  });
}
