import type { Kafka } from "kafkajs";
import { buildEnvelope } from "../lib/events/build-envelope";
import { encodeMessage } from "../lib/topics/envelope-contract";
import type { BenchClient } from "./bench-client";
import { httpLoad } from "./http-load";

export const BATCH_SIZE = 500;
const event = (index: number) => ({ eventType: "bench.event", key: `user-${index % 1000}`, payload: { index, page: "/checkout" } });
const batchBody = JSON.stringify({ events: Array.from({ length: BATCH_SIZE }, (_, index) => event(index)) });

const WARM_UP_SECONDS = 3;

/** Single events and batches through the product, against `ceilingUrl`: an empty app's route, measured in the same run. */
export async function measureIngest({ baseUrl, keyHeaders }: BenchClient, ceilingUrl: string, durationSeconds: number) {
  const ping = { url: ceilingUrl, connections: 50 };
  const post = { url: `${baseUrl}/api/events`, method: "POST" as const, body: JSON.stringify(event(1)), connections: 50, headers: keyHeaders };
  // A fresh server loads and JIT-compiles each route on first use; neither side is measured cold.
  await httpLoad({ ...ping, durationSeconds: WARM_UP_SECONDS });
  await httpLoad({ ...post, durationSeconds: WARM_UP_SECONDS });
  const ceiling = await httpLoad({ ...ping, durationSeconds });
  const single = await httpLoad({ ...post, durationSeconds });
  const batch = await httpLoad({
    url: `${baseUrl}/api/events/batch`,
    method: "POST",
    body: batchBody,
    headers: keyHeaders,
    connections: 10,
    durationSeconds,
  });
  return { ceiling, single, batch };
}

/** The same batches sent straight from kafkajs with the same acks, by as many concurrent senders. */
export async function measureBareProducer(kafka: Kafka, topic: string, durationSeconds: number, senders = 10) {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const deadline = Date.now() + durationSeconds * 1000;
  let sent = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (Date.now() < deadline) {
        const now = new Date();
        const messages = Array.from({ length: BATCH_SIZE }, (_, index) =>
          encodeMessage({ contract: "events", topic, envelope: buildEnvelope({ ...event(index), payload: event(index).payload }, now) }, { requestId: "bench" }),
        );
        await producer.send({ topic, acks: -1, messages });
        sent += messages.length;
      }
    }),
  );
  await producer.disconnect();
  return { eventsPerSecond: sent / ((Date.now() - started) / 1000) };
}
