import type { KafkaMessage } from "kafkajs";
import type { NewDeadLetter } from "../../drizzle/schema";
import { jsonSafeText } from "../../lib/db/json-safe-text";
import type { DeadLetter, Failure } from "../../lib/topics/dead-letters";
import { insertDeadLetters } from "../../lib/dead-letters/insert-dead-letters";
import { returnDeadLetters } from "../../lib/dead-letters/return-dead-letters";
import { HEADER } from "../../lib/topics/headers";
import { headersAsText } from "../../lib/kafka/headers-as-text";
import type { WorkerDeps, Origin, Retry } from "../worker-deps";
import { replayedFrom } from "./command-headers";
import { retryTransient } from "../support/retry-transient";

export type Rejection = {
  message: KafkaMessage;
  errorClass: string;
  errorMessage: string;
  /** For a job that was retried before giving up: how often it ran, and when it first failed. */
  attempts?: number;
  firstFailedAt?: Date;
};

function toRow(origin: Origin, rejection: Rejection, failure: Failure): NewDeadLetter {
  const { message } = rejection;
  return {
    ...origin,
    offset: BigInt(message.offset),
    key: message.key ? jsonSafeText(message.key.toString("utf8")) : null,
    valueBase64: message.value?.toString("base64") ?? null,
    headers: Object.fromEntries(Object.entries(headersAsText(message.headers)).map(([name, value]) => [name, jsonSafeText(value)])),
    errorClass: failure.errorClass,
    errorMessage: jsonSafeText(failure.errorMessage),
    attempts: failure.attempts,
    failedAt: failure.firstFailedAt,
    lastFailedAt: failure.lastFailedAt,
  };
}

/**
 * Sends rejected records to the dead-letter topic and table. A replayed record that fails again
 * brings its old letter back instead of starting a new one. The Kafka record is written before a
 * new row, so every row has its record in the topic.
 */
export async function deadLetterRejections(deps: WorkerDeps, origin: Origin, rejected: Rejection[], retry: Retry) {
  const now = new Date();
  const failures = rejected.map((rejection) => ({
    rejection,
    letterId: replayedFrom(rejection.message),
    error: { errorClass: rejection.errorClass, errorMessage: jsonSafeText(rejection.errorMessage) },
  }));
  const returning = failures.flatMap(({ letterId, error }) => (letterId ? [{ id: letterId, ...error }] : []));
  const returned =
    returning.length > 0
      ? await retry("return dead letters", () => deps.db.transaction((tx) => returnDeadLetters(tx, returning)))
      : new Map<string, { failedAt: Date; attempts: number }>();

  const letters: DeadLetter[] = [];
  const newRows: NewDeadLetter[] = [];
  for (const { rejection, letterId, error } of failures) {
    const earlier = letterId ? returned.get(letterId) : undefined;
    const failure: Failure = {
      ...error,
      attempts: earlier?.attempts ?? rejection.attempts ?? 1,
      firstFailedAt: earlier?.failedAt ?? rejection.firstFailedAt ?? now,
      lastFailedAt: now,
    };
    letters.push({ origin: { ...origin, message: rejection.message }, failure });
    if (!letterId) newRows.push(toRow(origin, rejection, failure));
    deps.logger.warn(
      { ...origin, offset: rejection.message.offset, requestId: rejection.message.headers?.[HEADER.requestId]?.toString(), ...error, returnedTo: letterId },
      "record dead-lettered",
    );
  }
  await retryTransient(() => deps.topics.deadLetters.publish(deps, letters), {
    ...deps,
    what: "publish dead letters",
    isTransient: () => true,
  });
  if (newRows.length > 0) await retry("store dead letters", () => deps.db.transaction((tx) => insertDeadLetters(tx, newRows)));
}
