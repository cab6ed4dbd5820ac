import type { KafkaMessage, Message } from "kafkajs";
import type { NewDeadLetter } from "../drizzle/schema";
import { jsonSafeText } from "../lib/db/json-safe-text";
import { deadLetterMessage, type Failure } from "./dead-letter-message";
import { headersAsText } from "./headers";

export type Rejection = { message: KafkaMessage; errorClass: string; errorMessage: string };

/** The Kafka record and the table row for one rejected record, telling the same story. */
export function deadLetterOf(origin: { topic: string; partition: number }, rejection: Rejection, failedAt: Date) {
  const failure: Failure = { errorClass: rejection.errorClass, errorMessage: rejection.errorMessage, attempts: 1, failedAt };
  const record: Message = deadLetterMessage({ ...origin, message: rejection.message }, failure);
  const row: NewDeadLetter = {
    topic: origin.topic,
    partition: origin.partition,
    offset: BigInt(rejection.message.offset),
    key: rejection.message.key ? jsonSafeText(rejection.message.key.toString("utf8")) : null,
    valueBase64: rejection.message.value?.toString("base64") ?? null,
    headers: Object.fromEntries(
      Object.entries(headersAsText(rejection.message.headers)).map(([name, value]) => [name, jsonSafeText(value)]),
    ),
    errorClass: failure.errorClass,
    errorMessage: jsonSafeText(failure.errorMessage),
    attempts: failure.attempts,
    failedAt,
  };
  return { record, row };
}
