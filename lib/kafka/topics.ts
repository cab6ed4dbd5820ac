import type { ITopicConfig } from "kafkajs";
import { priorities, type Priority } from "../workflows/workflow-enums";

export type TopicSettings = { KAFKA_TOPIC_PREFIX: string; KAFKA_EVENTS_PARTITIONS: number };

export type TopicNames = {
  events: string;
  deadLetters: string;
  /** Workflow lifecycle events; `workflow.created` is what starts a workflow. */
  workflows: string;
  tasks: string;
  /** One topic per priority, each consumed on its own, so a low-priority backlog never delays high. */
  workflowSteps: Record<Priority, string>;
};

export function topicNames(settings: Pick<TopicSettings, "KAFKA_TOPIC_PREFIX">): TopicNames {
  const prefix = settings.KAFKA_TOPIC_PREFIX;
  return {
    events: `${prefix}events`,
    deadLetters: `${prefix}dead-letters`,
    workflows: `${prefix}workflows`,
    tasks: `${prefix}tasks`,
    workflowSteps: Object.fromEntries(priorities.map((priority) => [priority, `${prefix}workflow-steps.${priority}`])) as Record<
      Priority,
      string
    >,
  };
}

/**
 * The topics whose records drive workflows and tasks (and hold their failures): a record written
 * there by hand bypasses the API's checks, so only admins may produce to them, and the secrets
 * their records carry are masked when they are browsed. The events topic is the callers' own data.
 */
export function isProductTopic(names: TopicNames, topic: string): boolean {
  return [names.workflows, names.tasks, names.deadLetters, ...Object.values(names.workflowSteps)].includes(topic);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The broker's default record-batch limit (~1 MiB) is below what a 1 MiB request becomes once
 * wrapped in envelopes and headers, and all events of one key share a partition's batch.
 */
const MAX_MESSAGE_BYTES = String(8 * 1024 * 1024);

const topic = (name: string, numPartitions: number, retentionDays: number): ITopicConfig => ({
  topic: name,
  numPartitions,
  configEntries: [
    { name: "retention.ms", value: String(retentionDays * DAY_MS) },
    { name: "max.message.bytes", value: MAX_MESSAGE_BYTES },
  ],
});

/** Every topic StreamOps owns, created by the admin client at start-up; nothing is auto-created. */
export function topicDefinitions(settings: TopicSettings): ITopicConfig[] {
  const names = topicNames(settings);
  const partitions = settings.KAFKA_EVENTS_PARTITIONS;
  return [
    topic(names.events, partitions, 7),
    // Dead letters wait for an operator, so they are kept longer than live traffic.
    topic(names.deadLetters, 3, 30),
    topic(names.workflows, partitions, 7),
    topic(names.tasks, partitions, 7),
    ...priorities.map((priority) => topic(names.workflowSteps[priority], partitions, 7)),
  ];
}
