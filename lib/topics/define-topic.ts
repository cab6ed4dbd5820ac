import type { ITopicConfig } from "kafkajs";

/** What every topic contract is bound to: this installation's prefix and partition count. */
export type TopicSettings = { KAFKA_TOPIC_PREFIX: string; KAFKA_EVENTS_PARTITIONS: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The broker's default record-batch limit (~1 MiB) is below what a 1 MiB request becomes once
 * wrapped in envelopes and headers, and all events of one key share a partition's batch.
 */
const MAX_MESSAGE_BYTES = String(8 * 1024 * 1024);

/** How the admin client creates a topic at start-up; nothing is auto-created. */
export const defineTopic = (name: string, numPartitions: number, retentionDays: number): ITopicConfig => ({
  topic: name,
  numPartitions,
  configEntries: [
    { name: "retention.ms", value: String(retentionDays * DAY_MS) },
    { name: "max.message.bytes", value: MAX_MESSAGE_BYTES },
  ],
});
