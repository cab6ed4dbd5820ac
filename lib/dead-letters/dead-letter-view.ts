import type { DeadLetter, DeadLetterHistoryEntry } from "../../drizzle/schema";
import { decodeValue } from "../kafka/decode-value";
import { maskDecodedValue, maskSecrets, maskSecretsInText } from "../security/mask-secrets";

/**
 * The public JSON shape of a dead letter: its record as text (and parsed, when it is JSON), with
 * secrets masked. Every letter is masked, whatever its topic: a workflow's or task's record carries
 * step options and task data, and any record that failed is the likeliest to hold what it should not.
 */
export function deadLetterView(row: DeadLetter) {
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    partition: row.partition,
    offset: row.offset.toString(),
    key: row.key,
    ...maskDecodedValue(decodeValue(row.valueBase64 === null ? null : Buffer.from(row.valueBase64, "base64"))),
    headers: maskSecrets(row.headers),
    errorClass: row.errorClass,
    errorMessage: maskSecretsInText(row.errorMessage),
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
    // A replay's edit may spell out a secret again.
    details: maskSecrets(entry.details),
  };
}

export type DeadLetterView = ReturnType<typeof deadLetterView>;
