import { isUtf8 } from "node:buffer";
import type { DeadLetter, DeadLetterHistoryEntry } from "../../drizzle/schema";

function decodeValue(valueBase64: string | null) {
  if (valueBase64 === null) return { value: null, json: null };
  const bytes = Buffer.from(valueBase64, "base64");
  if (!isUtf8(bytes)) return { value: null, valueBase64, json: null };
  const value = bytes.toString("utf8");
  try {
    return { value, json: JSON.parse(value) as unknown };
  } catch {
    return { value, json: null };
  }
}

/** The public JSON shape of a dead letter: its record as text (and parsed, when it is JSON). */
export function deadLetterView(row: DeadLetter) {
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    partition: row.partition,
    offset: row.offset.toString(),
    key: row.key,
    ...decodeValue(row.valueBase64),
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
