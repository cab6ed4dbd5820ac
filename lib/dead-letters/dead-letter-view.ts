import type { DeadLetter, DeadLetterHistoryEntry } from "../../drizzle/schema";
import { decodeValue } from "../kafka/decode-value";

/** The public JSON shape of a dead letter: its record as text (and parsed, when it is JSON). */
export function deadLetterView(row: DeadLetter) {
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    partition: row.partition,
    offset: row.offset.toString(),
    key: row.key,
    ...decodeValue(row.valueBase64 === null ? null : Buffer.from(row.valueBase64, "base64")),
    headers: row.headers,
    errorClass: row.errorClass,
    errorMessage: row.errorMessage,
    attempts: row.attempts,
    replayCount: row.replayCount,
    firstFailedAt: row.failedAt.toISOString(),
    lastFailedAt: row.lastFailedAt.toISOString(),
  };
}

export function historyEntryView(entry: DeadLetterHistoryEntry) {
  return {
    action: entry.action,
    actor: entry.actor,
    at: entry.at.toISOString(),
    requestId: entry.requestId,
    clientAddress: entry.clientAddress,
    details: entry.details,
  };
}

export type DeadLetterView = ReturnType<typeof deadLetterView>;
