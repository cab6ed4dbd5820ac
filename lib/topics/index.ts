import type { ITopicConfig } from "kafkajs";
import type { Priority } from "../workflows/workflow-enums";
import { deadLettersTopic, deadLettersTopicName } from "./dead-letters";
import type { TopicSettings } from "./define-topic";
import { eventsTopic, eventsTopicName } from "./events";
import { tasksTopic, tasksTopicName } from "./tasks";
import { workflowStepsTopicNames, workflowStepsTopics } from "./workflow-steps";
import { workflowsTopic, workflowsTopicName } from "./workflows";

/**
 * Every topic StreamOps owns, each bound to this installation's prefix: publish a message with its
 * own topic's contract (`topics.tasks.publish(producer, [topics.tasks.message(...)], context)`),
 * and read records with the same contract's `decode`.
 */
export function topicContracts(settings: TopicSettings) {
  return {
    events: eventsTopic(settings),
    deadLetters: deadLettersTopic(settings),
    workflows: workflowsTopic(settings),
    tasks: tasksTopic(settings),
    workflowSteps: workflowStepsTopics(settings),
  };
}
export type TopicContracts = ReturnType<typeof topicContracts>;

/** The topic names alone, for pages, health and lag views that show topics rather than publish. */
export type TopicNames = {
  events: string;
  deadLetters: string;
  workflows: string;
  tasks: string;
  workflowSteps: Record<Priority, string>;
};

export function topicNames({ KAFKA_TOPIC_PREFIX: prefix }: Pick<TopicSettings, "KAFKA_TOPIC_PREFIX">): TopicNames {
  return {
    events: eventsTopicName(prefix),
    deadLetters: deadLettersTopicName(prefix),
    workflows: workflowsTopicName(prefix),
    tasks: tasksTopicName(prefix),
    workflowSteps: workflowStepsTopicNames(prefix),
  };
}

/** Every topic StreamOps owns, created by the admin client at start-up; nothing is auto-created. */
export function topicDefinitions(settings: TopicSettings): ITopicConfig[] {
  return Object.values(topicContracts(settings)).flatMap((contract) => contract.definitions);
}

/**
 * The topics whose records drive workflows and tasks (and hold their failures): a record written
 * there by hand bypasses the API's checks, so only admins may produce to them, and the secrets
 * their records carry are masked when they are browsed. The events topic is the callers' own data.
 */
export function isProductTopic(names: TopicNames, topic: string): boolean {
  return [names.workflows, names.tasks, names.deadLetters, ...Object.values(names.workflowSteps)].includes(topic);
}
