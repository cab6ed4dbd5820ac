import type { KafkaMessage } from "kafkajs";
import { z } from "zod";
import { REPLAY_HEADER } from "../../lib/topics/dead-letters";
import type { PublishContext } from "../../lib/topics/headers";
import { HEADER } from "../../lib/topics/headers";
import { headersAsText } from "../../lib/kafka/headers-as-text";

/** The request a command descends from, so its follow-ups log under the same request id. */
export function commandContext(message: KafkaMessage): PublishContext {
  const headers = headersAsText(message.headers);
  return { requestId: headers[HEADER.requestId] ?? "worker", traceparent: headers[HEADER.traceparent] };
}

/** The dead letter an operator sent this record back from, if they did. */
export function replayedFrom(message: KafkaMessage): string | undefined {
  const id = message.headers?.[REPLAY_HEADER.deadLetterId]?.toString();
  return id !== undefined && z.uuid().safeParse(id).success ? id : undefined;
}

export const isReplayed = (message: KafkaMessage) => replayedFrom(message) !== undefined;

/**
 * A replayed command's retries keep its replay headers: if they all fail, the record returns to
 * the same dead letter instead of making a new one.
 */
export function replayHeaders(message: KafkaMessage): Record<string, string> {
  const headers = headersAsText(message.headers);
  return Object.fromEntries(
    Object.values(REPLAY_HEADER).flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]!]])),
  );
}
