import { randomUUID } from "node:crypto";
import type { Kafka, KafkaMessage } from "kafkajs";
import { waitFor } from "./wait-for";

/**
 * Reads a topic from the beginning with a throwaway group until `done` holds for what arrived,
 * then a little longer, so a late duplicate would be seen too.
 */
export async function readUntil(kafka: Kafka, topic: string, done: (records: KafkaMessage[]) => boolean, { timeoutMs = 60_000, settleMs = 2_000 } = {}) {
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  const records: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void records.push(message) });
    await waitFor(`records on ${topic}`, async () => (done(records) ? true : undefined), { timeoutMs });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return records;
  } finally {
    await consumer.disconnect();
  }
}
