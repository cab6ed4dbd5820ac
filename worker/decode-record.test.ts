import { describe, expect, it } from "vitest";
import { decodeRecord } from "./decode-record";

const envelope = {
  eventId: "0b7f8c3e-6f0a-4c52-9a64-3f1d1f2b9e11",
  eventType: "user.login",
  timestamp: "2026-01-04T01:09:27Z",
  source: "api",
  key: "user-1",
  payload: { ip: "10.0.0.1" },
  schemaVersion: 1,
};
const record = (value: string | null) => ({ value: value === null ? null : Buffer.from(value) });

describe("decodeRecord", () => {
  it("accepts a valid envelope", () => {
    expect(decodeRecord(record(JSON.stringify(envelope)))).toEqual({ ok: true, envelope });
  });

  it("names an empty record", () => {
    expect(decodeRecord(record(null))).toMatchObject({ ok: false, errorClass: "EmptyRecord" });
    expect(decodeRecord(record(""))).toMatchObject({ ok: false, errorClass: "EmptyRecord" });
  });

  it("names malformed JSON", () => {
    expect(decodeRecord(record("{not json"))).toMatchObject({ ok: false, errorClass: "MalformedJson" });
  });

  it("names each field that breaks the schema", () => {
    const decoded = decodeRecord(record(JSON.stringify({ ...envelope, eventId: "nope", schemaVersion: 2 })));
    expect(decoded).toMatchObject({ ok: false, errorClass: "SchemaViolation" });
    expect(decoded.ok === false && decoded.errorMessage).toMatch(/eventId: .*; schemaVersion: /);
  });
});
