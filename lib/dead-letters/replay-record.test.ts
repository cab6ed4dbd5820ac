import { describe, expect, it } from "vitest";
import type { DeadLetter } from "../../drizzle/schema";
import { DLQ_HEADER, REPLAY_HEADER } from "../topics/dead-letters";
import { maskSecrets, SECRET_MASK } from "../security/mask-secrets";
import { replayRecord } from "./replay-record";

const envelope = { eventId: "0b7f8c3e-6f0a-4c52-9a64-3f1d1f2b9e11", eventType: "a", payload: { text: "bad" } };
const letter = (value: string | null): DeadLetter => ({
  id: "7d1e1b1e-0000-4000-8000-000000000001",
  topic: "streamops.events",
  partition: 1,
  offset: 9n,
  key: "user-1",
  valueBase64: value === null ? null : Buffer.from(value).toString("base64"),
  headers: { "event-id": envelope.eventId, [DLQ_HEADER.errorClass]: "SchemaViolation", [REPLAY_HEADER.count]: "1" },
  errorClass: "SchemaViolation",
  errorMessage: "x",
  attempts: 2,
  status: "pending",
  replayCount: 1,
  failedAt: new Date(),
  lastFailedAt: new Date(),
  createdAt: new Date(),
});

describe("replayRecord", () => {
  it("republishes the original key and bytes with a replay count instead of dead-letter headers", () => {
    const record = replayRecord(letter(JSON.stringify(envelope)), {});
    expect(record.key).toBe("user-1");
    expect(record.value?.toString()).toBe(JSON.stringify(envelope));
    expect(record.headers).toEqual({
      "event-id": envelope.eventId,
      [REPLAY_HEADER.count]: "2",
      [REPLAY_HEADER.deadLetterId]: "7d1e1b1e-0000-4000-8000-000000000001",
    });
  });

  it("replaces only the payload of an envelope, keeping its eventId", () => {
    const record = replayRecord(letter(JSON.stringify(envelope)), { payload: { text: "fixed" } });
    expect(JSON.parse(record.value!.toString())).toEqual({ ...envelope, payload: { text: "fixed" } });
  });

  it("replaces the whole value when asked", () => {
    expect(replayRecord(letter("{broken"), { value: { mended: true } }).value?.toString()).toBe('{"mended":true}');
  });

  it("refuses a payload edit on a record that is not a JSON object", () => {
    expect(() => replayRecord(letter("{broken"), { payload: {} })).toThrow(/not a JSON object/);
  });

  const notification = { ...envelope, payload: { url: "https://hooks.example.com/in", headers: { Authorization: "Bearer real" }, attempt: 1 } };

  it("keeps the real secret where an edit of the masked view left the mask", () => {
    const shown = maskSecrets(notification);
    expect(shown.payload.headers.Authorization).toBe(SECRET_MASK);
    const bytes = (edit: Parameters<typeof replayRecord>[1]) => JSON.parse(replayRecord(letter(JSON.stringify(notification)), edit).value!.toString());

    expect(bytes({ payload: { ...shown.payload, attempt: 2 } })).toEqual({ ...notification, payload: { ...notification.payload, attempt: 2 } });
    expect(bytes({ value: { ...shown, eventType: "b" } })).toEqual({ ...notification, eventType: "b" });
  });

  it("refuses an edit that would send a kept secret to another address", () => {
    const shown = maskSecrets(notification);
    const edit = { payload: { ...shown.payload, url: "https://attacker.example/" } };
    expect(() => replayRecord(letter(JSON.stringify(notification)), edit)).toThrow(/address it was written for/);
  });
});
