import type { IHeaders, KafkaMessage, Message } from "kafkajs";

export const DLQ_HEADER = {
  originalTopic: "dlq-original-topic",
  originalPartition: "dlq-original-partition",
  originalOffset: "dlq-original-offset",
  errorClass: "dlq-error-class",
  errorMessage: "dlq-error-message",
  attempts: "dlq-attempts",
  failedAt: "dlq-failed-at",
} as const;

export type Failure = { errorClass: string; errorMessage: string; attempts: number; failedAt: Date };

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
    [DLQ_HEADER.failedAt]: failure.failedAt.toISOString(),
  };
  return { key: origin.message.key, value: origin.message.value, headers };
}
