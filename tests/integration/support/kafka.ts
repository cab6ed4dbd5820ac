import { randomUUID } from "node:crypto";
import type { Kafka, KafkaMessage } from "kafkajs";
import { createKafka } from "../../../lib/kafka/client";
import { ensureTopics } from "../../../lib/kafka/ensure-topics";
import { topicDefinitions } from "../../../lib/topics";
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

/**
 * Deletes a test's consumer groups and topics once its workers have stopped: the broker is shared
 * by every test file, and pages that list every group and topic should not slow down as runs pile up.
 */
export async function removeIsolated(isolated: IsolatedEnv) {
  const admin = testKafka(isolated.brokers).admin();
  await admin.connect();
  try {
    const prefix = isolated.env.KAFKA_TOPIC_PREFIX;
    const { groups } = await admin.listGroups();
    const ours = groups.map((group) => group.groupId).filter((groupId) => groupId.startsWith(prefix));
    if (ours.length > 0) await admin.deleteGroups(ours).catch(() => undefined);
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
