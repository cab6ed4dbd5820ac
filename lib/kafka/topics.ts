import type { ITopicConfig } from "kafkajs";

export type TopicSettings = { KAFKA_TOPIC_PREFIX: string; KAFKA_EVENTS_PARTITIONS: number };

export type TopicNames = { events: string; deadLetters: string };

export function topicNames(settings: Pick<TopicSettings, "KAFKA_TOPIC_PREFIX">): TopicNames {
  const prefix = settings.KAFKA_TOPIC_PREFIX;
  return { events: `${prefix}events`, deadLetters: `${prefix}dead-letters` };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The broker's default record-batch limit (~1 MiB) is below what a 1 MiB request becomes once
 * wrapped in envelopes and headers, and all events of one key share a partition's batch.
 */
const MAX_MESSAGE_BYTES = String(8 * 1024 * 1024);

/** Every topic StreamOps owns, created by the admin client at start-up; nothing is auto-created. */
export function topicDefinitions(settings: TopicSettings): ITopicConfig[] {
  const names = topicNames(settings);
  return [
    {
      topic: names.events,
      numPartitions: settings.KAFKA_EVENTS_PARTITIONS,
      configEntries: [
        { name: "retention.ms", value: String(7 * DAY_MS) },
        { name: "max.message.bytes", value: MAX_MESSAGE_BYTES },
      ],
    },
    {
      // Dead letters wait for an operator, so they are kept longer than live traffic.
      topic: names.deadLetters,
      numPartitions: 3,
      configEntries: [
        { name: "retention.ms", value: String(30 * DAY_MS) },
        { name: "max.message.bytes", value: MAX_MESSAGE_BYTES },
      ],
    },
  ];
}
