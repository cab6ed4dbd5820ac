import type { Message } from "kafkajs";
import type { DeadLetter } from "../../drizzle/schema";
import { ValidationError } from "../errors";
import { restoreMaskedSecrets } from "../security/mask-secrets";
import { DLQ_HEADER, REPLAY_HEADER } from "../topics/dead-letters";
import type { ReplayEdit } from "./schemas";

const dlqHeaderNames = new Set<string>([...Object.values(DLQ_HEADER), ...Object.values(REPLAY_HEADER)]);

function parsed(original: Buffer | null): unknown {
  try {
    return JSON.parse(original?.toString("utf8") ?? "");
  } catch {
    return undefined;
  }
}

/** The operator edits a masked view of the record: what they left masked is the secret as stored. */
function editedValue(original: Buffer | null, edit: ReplayEdit): Buffer | null {
  if (edit.value !== undefined) return Buffer.from(JSON.stringify(restoreMaskedSecrets(edit.value, parsed(original), "value")));
  if (edit.payload === undefined) return original;
  const record = parsed(original);
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new ValidationError("This record is not a JSON object, so it has no payload to replace", [
      { path: "payload", message: "send `value` to replace the whole record instead" },
    ]);
  }
  const payload = restoreMaskedSecrets(edit.payload, (record as Record<string, unknown>).payload, "payload");
  return Buffer.from(JSON.stringify({ ...record, payload }));
}

/**
 * The record as it first arrived (same key, same value, so the same eventId), or as the operator
 * mended it, with its original headers and a replay count in place of the dead-letter headers.
 */
export function replayRecord(letter: DeadLetter, edit: ReplayEdit): Message {
  const original = letter.valueBase64 === null ? null : Buffer.from(letter.valueBase64, "base64");
  const headers = Object.fromEntries(Object.entries(letter.headers).filter(([name]) => !dlqHeaderNames.has(name)));
  return {
    key: letter.key,
    value: editedValue(original, edit),
    headers: {
      ...headers,
      [REPLAY_HEADER.count]: String(letter.replayCount + 1),
      [REPLAY_HEADER.deadLetterId]: letter.id,
    },
  };
}
