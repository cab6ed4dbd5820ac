import type { IHeaders, KafkaMessage, Message } from "kafkajs";
import { defineTopic, type TopicSettings } from "./define-topic";
import type { Publisher } from "./envelope-contract";

/**
 * The dead-letter topic holds records as they arrived (not envelopes: a record may be dead-lettered
 * because it is none), keyed and valued as before, with dlq-* headers telling where and why it failed.
 */
export const DLQ_HEADER = {
  originalTopic: "dlq-original-topic",
  originalPartition: "dlq-original-partition",
  originalOffset: "dlq-original-offset",
  errorClass: "dlq-error-class",
  errorMessage: "dlq-error-message",
  attempts: "dlq-attempts",
  firstFailedAt: "dlq-first-failed-at",
  lastFailedAt: "dlq-last-failed-at",
} as const;

/** Set on a replayed record: how often it was replayed, and which dead letter it came from. */
export const REPLAY_HEADER = { count: "replay-count", deadLetterId: "dlq-id" } as const;

export type Failure = {
  errorClass: string;
  errorMessage: string;
  attempts: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
};

export type DeadLetter = { origin: { topic: string; partition: number; message: KafkaMessage }; failure: Failure };

/** The dead-letter record keeps the original key, value and headers unchanged and adds its story. */
export function deadLetterMessage(origin: DeadLetter["origin"], failure: Failure): Message {
  const headers: IHeaders = {
    ...origin.message.headers,
    [DLQ_HEADER.originalTopic]: origin.topic,
    [DLQ_HEADER.originalPartition]: String(origin.partition),
    [DLQ_HEADER.originalOffset]: origin.message.offset,
    [DLQ_HEADER.errorClass]: failure.errorClass,
    [DLQ_HEADER.errorMessage]: failure.errorMessage,
    [DLQ_HEADER.attempts]: String(failure.attempts),
    [DLQ_HEADER.firstFailedAt]: failure.firstFailedAt.toISOString(),
    [DLQ_HEADER.lastFailedAt]: failure.lastFailedAt.toISOString(),
  };
  return { key: origin.message.key, value: origin.message.value, headers };
}

export const deadLettersTopicName = (prefix: string) => `${prefix}dead-letters`;

export function deadLettersTopic(settings: Pick<TopicSettings, "KAFKA_TOPIC_PREFIX">) {
  const name = deadLettersTopicName(settings.KAFKA_TOPIC_PREFIX);
  return {
    name,
    // Dead letters wait for an operator, so they are kept longer than live traffic.
    definitions: [defineTopic(name, 3, 30)],
    /** Resolves once Kafka acknowledged every record (acks=all). */
    publish: (publisher: Publisher, letters: readonly DeadLetter[]) =>
      publisher.publish(name, letters.map(({ origin, failure }) => deadLetterMessage(origin, failure))),
  };
}
