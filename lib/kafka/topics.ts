import type { ITopicConfig } from "kafkajs";

export type TopicSettings = { KAFKA_TOPIC_PREFIX: string; KAFKA_EVENTS_PARTITIONS: number };

export type TopicNames = { events: string; deadLetters: string };

export function topicNames(settings: Pick<TopicSettings, "KAFKA_TOPIC_PREFIX">): TopicNames {
  const prefix = settings.KAFKA_TOPIC_PREFIX;
  return { events: `${prefix}events`, deadLetters: `${prefix}dead-letters` };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every topic StreamOps owns, created by the admin client at start-up; nothing is auto-created. */
export function topicDefinitions(settings: TopicSettings): ITopicConfig[] {
  const names = topicNames(settings);
  return [
    {
      topic: names.events,
      numPartitions: settings.KAFKA_EVENTS_PARTITIONS,
      configEntries: [{ name: "retention.ms", value: String(7 * DAY_MS) }],
    },
    {
      // Dead letters wait for an operator, so they are kept longer than live traffic.
      topic: names.deadLetters,
      numPartitions: 3,
      configEntries: [{ name: "retention.ms", value: String(30 * DAY_MS) }],
    },
  ];
}
