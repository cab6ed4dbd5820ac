import { describe, expect, it } from "vitest";
import type { ReadRecord } from "../kafka/window-reader";
import { messageMatcher } from "./message-matcher";

const record = (key: string | null, value: Buffer | string | null, timestamp = Date.parse("2026-03-01T12:00:00Z")): ReadRecord => ({
  partition: 0,
  offset: 0,
  timestamp,
  message: {
    key: key === null ? null : Buffer.from(key),
    value: typeof value === "string" ? Buffer.from(value) : value,
    timestamp: String(timestamp),
    attributes: 0,
    offset: "0",
    headers: {},
  },
});

describe("messageMatcher", () => {
  it("matches every record without a filter", () => {
    expect(messageMatcher({})(record(null, null))).toBe(true);
  });

  it("matches the key exactly", () => {
    const matches = messageMatcher({ key: "order-1" });
    expect(matches(record("order-1", "{}"))).toBe(true);
    expect(matches(record("order-10", "{}"))).toBe(false);
    expect(matches(record(null, "{}"))).toBe(false);
  });

  it("finds text in the value whatever its case, never in bytes that are not text", () => {
    const matches = messageMatcher({ contains: "Blue Whale" });
    expect(matches(record(null, '{"animal":"the BLUE whale"}'))).toBe(true);
    expect(matches(record(null, '{"animal":"blue"}'))).toBe(false);
    expect(matches(record(null, Buffer.from([0xff, 0x62, 0x6c, 0x75, 0x65])))).toBe(false);
    expect(matches(record(null, null))).toBe(false);
  });

  it("keeps records at or before the time", () => {
    const matches = messageMatcher({ time: "2026-03-01T12:00:00Z" });
    expect(matches(record(null, "x", Date.parse("2026-03-01T12:00:00Z")))).toBe(true);
    expect(matches(record(null, "x", Date.parse("2026-03-01T12:00:00.001Z")))).toBe(false);
  });

  it("needs every criterion", () => {
    const matches = messageMatcher({ key: "k", contains: "yes" });
    expect(matches(record("k", "yes"))).toBe(true);
    expect(matches(record("k", "no"))).toBe(false);
    expect(matches(record("other", "yes"))).toBe(false);
  });
});
