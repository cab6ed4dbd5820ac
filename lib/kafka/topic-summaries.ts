import type { Admin } from "kafkajs";

export type TopicSummary = {
  topic: string;
  partitions: { partition: number; leader: number; replicas: number; low: string; high: string; messages: number }[];
  /** Records currently retained across all partitions (end minus start offsets). */
  messages: number;
  /** Offsets ever written (the sum of end offsets): what has flowed through the topic. */
  endOffsetSum: number;
};

/** Kafka's own bookkeeping (`__consumer_offsets`, …): not shown, not browsed, never written to. */
export const isInternalTopic = (topic: string) => topic.startsWith("__");

/** Every topic but Kafka's internal ones, with partitions and offsets, straight from the admin API. */
export async function listTopicSummaries(admin: Admin): Promise<TopicSummary[]> {
  return summarizeTopics(admin, (await admin.listTopics()).filter((topic) => !isInternalTopic(topic)).sort());
}

/** The named topics, which must exist, with partitions and offsets. */
export async function summarizeTopics(admin: Admin, names: string[]): Promise<TopicSummary[]> {
  if (names.length === 0) return [];
  const { topics } = await admin.fetchTopicMetadata({ topics: names });
  return Promise.all(
    topics.map(async (metadata): Promise<TopicSummary> => {
      const offsets = await admin.fetchTopicOffsets(metadata.name);
      const partitions = metadata.partitions
        .map((partition) => {
          const offset = offsets.find((entry) => entry.partition === partition.partitionId);
          const low = offset?.low ?? "0";
          const high = offset?.high ?? "0";
          return {
            partition: partition.partitionId,
            leader: partition.leader,
            replicas: partition.replicas.length,
            low,
            high,
            messages: Number(high) - Number(low),
          };
        })
        .sort((a, b) => a.partition - b.partition);
      return {
        topic: metadata.name,
        partitions,
        messages: partitions.reduce((sum, partition) => sum + partition.messages, 0),
        endOffsetSum: partitions.reduce((sum, partition) => sum + Number(partition.high), 0),
      };
    }),
  );
}
