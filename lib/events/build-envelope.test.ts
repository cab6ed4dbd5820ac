import { describe, expect, it } from "vitest";
import { buildEnvelope } from "./build-envelope";
import { envelopeSchema } from "./envelope";

describe("buildEnvelope", () => {
  const now = new Date("2026-11-21T10:00:00Z");

  it("fills id, time, source and key so the result is a valid envelope", () => {
    const envelope = buildEnvelope({ eventType: "user.login", payload: {} }, now);
    expect(envelopeSchema.parse(envelope)).toEqual(envelope);
    expect(envelope).toMatchObject({ timestamp: now.toISOString(), source: "api", key: envelope.eventId });
  });

  it("keeps what the client supplied", () => {
    const input = {
      eventType: "user.login",
      payload: { a: 1 },
      eventId: "0b7f8c3e-6f0a-4c52-9a64-3f1d1f2b9e11",
      key: "user-1",
      source: "billing",
      timestamp: "2026-01-01T00:00:00Z",
    };
    expect(buildEnvelope(input, now)).toEqual({ ...input, schemaVersion: 1 });
  });
});
