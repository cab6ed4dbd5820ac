import { describe, expect, it } from "vitest";
import type { ReadRecord } from "../kafka/window-reader";
import { SECRET_MASK } from "../security/mask-secrets";
import { maskedRecord } from "./masked-record";
import { messageMatcher } from "./message-matcher";
import { streamMessageView } from "./message-view";

const created = { eventType: "task.created", payload: { type: "notification", data: { url: "https://hooks.example.com/", headers: { Authorization: "Bearer real-secret" } } } };

const record = (value: Buffer | null): ReadRecord => ({
  partition: 0,
  offset: 3,
  timestamp: 0,
  message: { key: Buffer.from("task-1"), value, timestamp: "0", attributes: 0, offset: "3", headers: { "request-id": "r-1", cookie: Buffer.from("sid=1") } },
});

describe("maskedRecord", () => {
  it("masks the value and headers before the view sees them", () => {
    const view = streamMessageView(maskedRecord(record(Buffer.from(JSON.stringify(created)))));
    expect(JSON.stringify(view)).not.toContain("real-secret");
    expect(view.json).toMatchObject({ payload: { data: { headers: { Authorization: SECRET_MASK }, url: "https://hooks.example.com/" } } });
    expect(view.headers).toEqual({ "request-id": "r-1", cookie: SECRET_MASK });
    expect(view.key).toBe("task-1");
  });

  it("leaves nothing for a search to find: the secret cannot be guessed a letter at a time", () => {
    const masked = maskedRecord(record(Buffer.from(JSON.stringify(created))));
    expect(messageMatcher({ contains: "bearer real" })(masked)).toBe(false);
    expect(messageMatcher({ contains: "hooks.example.com" })(masked)).toBe(true);
  });

  it("keeps bytes that are not text as they are", () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00]);
    expect(maskedRecord(record(bytes)).message.value).toEqual(bytes);
  });
});
