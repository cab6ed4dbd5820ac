import { randomUUID } from "node:crypto";
import kafkajs from "kafkajs";

const { Kafka, logLevel } = kafkajs;

/** Each partition's end offset (the next offset to be written), per topic. */
export type TopicEnds = Map<string, Map<number, number>>;

const kafka = () =>
  new Kafka({ clientId: "e2e-topic-scan", brokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(","), logLevel: logLevel.NOTHING });

export async function topicEnds(topics: string[]): Promise<TopicEnds> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    const ends: TopicEnds = new Map();
    for (const topic of topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      ends.set(topic, new Map(offsets.map(({ partition, high }) => [partition, Number(high)])));
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every match of `pattern` in the keys, values and headers of the records written to these topics
 * since `since` was taken: how a test proves a refused request put nothing on Kafka.
 */
export async function findInRecordsSince(since: TopicEnds, pattern: RegExp, timeoutMs = 30_000): Promise<Set<string>> {
  const until = await topicEnds([...since.keys()]);
  const pending = new Map<string, number>();
  for (const [topic, partitions] of until) {
    for (const [partition, end] of partitions) {
      if (end > (since.get(topic)?.get(partition) ?? 0)) pending.set(`${topic}/${partition}`, end);
    }
  }
  const found = new Set<string>();
  if (pending.size === 0) return found;
  const groupId = `e2e-topic-scan-${randomUUID()}`;
  const client = kafka();
  const consumer = client.consumer({ groupId });
  await consumer.connect();
  try {
    const topics = [...new Set([...pending.keys()].map((slot) => slot.slice(0, slot.lastIndexOf("/"))))];
    await consumer.subscribe({ topics, fromBeginning: false });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const slot = `${topic}/${partition}`;
        const end = pending.get(slot);
        if (end === undefined || Number(message.offset) >= end) return;
        const texts = [message.key, message.value, ...Object.values(message.headers ?? {}).flat()].map((part) => part?.toString() ?? "");
        for (const text of texts) for (const match of text.matchAll(pattern)) found.add(match[0]);
        if (Number(message.offset) === end - 1) {
          pending.delete(slot);
          if (pending.size === 0) done();
        }
      },
    });
    for (const slot of pending.keys()) {
      const topic = slot.slice(0, slot.lastIndexOf("/"));
      const partition = Number(slot.slice(slot.lastIndexOf("/") + 1));
      consumer.seek({ topic, partition, offset: String(since.get(topic)?.get(partition) ?? 0) });
    }
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`records of ${[...pending.keys()].join(", ")} not read in ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    await Promise.race([finished, timeout]);
    return found;
  } finally {
    await consumer.disconnect();
    const admin = client.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

export async function createTopic(topic: string): Promise<void> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
