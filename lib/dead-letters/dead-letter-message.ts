import type { IHeaders, KafkaMessage, Message } from "kafkajs";

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

/** The dead-letter record keeps the original key, value and headers unchanged and adds its story. */
export function deadLetterMessage(
  origin: { topic: string; partition: number; message: KafkaMessage },
  failure: Failure,
): Message {
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
