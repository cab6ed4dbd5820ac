import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeEnvelope, decodePayload } from "./decode-envelope";

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

describe("decodeEnvelope", () => {
  it("accepts a valid envelope", () => {
    expect(decodeEnvelope(record(JSON.stringify(envelope)))).toEqual({ ok: true, envelope });
  });

  it("names an empty record", () => {
    expect(decodeEnvelope(record(null))).toMatchObject({ ok: false, errorClass: "EmptyRecord" });
    expect(decodeEnvelope(record(""))).toMatchObject({ ok: false, errorClass: "EmptyRecord" });
  });

  it("names malformed JSON", () => {
    expect(decodeEnvelope(record("{not json"))).toMatchObject({ ok: false, errorClass: "MalformedJson" });
  });

  it("names each field that breaks the schema", () => {
    const decoded = decodeEnvelope(record(JSON.stringify({ ...envelope, eventId: "nope", schemaVersion: 2 })));
    expect(decoded).toMatchObject({ ok: false, errorClass: "SchemaViolation" });
    expect(decoded.ok === false && decoded.errorMessage).toMatch(/eventId: .*; schemaVersion: /);
  });
});

describe("decodePayload", () => {
  it("names each field of the payload that breaks its type's schema", () => {
    const decoded = decodePayload(z.object({ stepIndex: z.number(), nested: z.object({ id: z.uuid() }) }), { stepIndex: "1", nested: { id: "x" } });
    expect(decoded).toMatchObject({ ok: false, errorClass: "SchemaViolation" });
    expect(decoded.ok === false && decoded.errorMessage).toMatch(/^payload\.stepIndex: .*; payload\.nested\.id: /);
  });
});
