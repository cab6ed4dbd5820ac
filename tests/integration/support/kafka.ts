import { randomUUID } from "node:crypto";
import type { Kafka, KafkaMessage } from "kafkajs";
import { createKafka } from "../../../lib/kafka/client";
import { ensureTopics } from "../../../lib/kafka/ensure-topics";
import { topicDefinitions } from "../../../lib/kafka/topics";
import { createLogger } from "../../../lib/log";
import type { IsolatedEnv } from "./test-env";
import { waitFor } from "./wait-for";

export const testKafka = (brokers: string[]) =>
  createKafka({ clientId: "streamops-tests", brokers, logger: createLogger("tests", process.env.TEST_LOG_LEVEL ?? "silent") });

/** Reads a topic from the beginning with a throwaway group until `count` records arrived. */
export async function readTopic(kafka: Kafka, topic: string, count: number, timeoutMs = 30_000) {
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  const records: (KafkaMessage & { partition: number })[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message, partition }) => void records.push({ ...message, partition }) });
    await waitFor(`${count} records on ${topic}`, async () => (records.length >= count ? true : undefined), { timeoutMs });
    return records;
  } finally {
    await consumer.disconnect();
  }
}

/** Creates the isolated topics up front, for tests that produce before any worker has started. */
export async function createIsolatedTopics(isolated: IsolatedEnv) {
  const admin = testKafka(isolated.brokers).admin();
  await admin.connect();
  try {
    await ensureTopics(admin, topicDefinitions({ ...isolated.env, KAFKA_EVENTS_PARTITIONS: Number(isolated.env.KAFKA_EVENTS_PARTITIONS) }));
  } finally {
    await admin.disconnect();
  }
}
