import type { Message } from "kafkajs";
import type { DeadLetter } from "../../drizzle/schema";
import { ValidationError } from "../errors";
import { DLQ_HEADER, REPLAY_HEADER } from "./dead-letter-message";
import type { ReplayEdit } from "./schemas";

const dlqHeaderNames = new Set<string>([...Object.values(DLQ_HEADER), ...Object.values(REPLAY_HEADER)]);

function editedValue(original: Buffer | null, edit: ReplayEdit): Buffer | null {
  if (edit.value !== undefined) return Buffer.from(JSON.stringify(edit.value));
  if (edit.payload === undefined) return original;
  let record: unknown;
  try {
    record = JSON.parse(original?.toString("utf8") ?? "");
  } catch {
    record = undefined;
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new ValidationError("This record is not a JSON object, so it has no payload to replace", [
      { path: "payload", message: "send `value` to replace the whole record instead" },
    ]);
  }
  return Buffer.from(JSON.stringify({ ...record, payload: edit.payload }));
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
