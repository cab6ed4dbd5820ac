import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../errors";
import { eventBatchInputSchema, eventInputSchema, MAX_BATCH_EVENTS } from "./schemas";

describe("eventInputSchema", () => {
  it("accepts the Event Stream Processor's snake_case shape", () => {
    expect(eventInputSchema.parse({ event_type: "user.signup", payload: { user_id: 1 } })).toEqual({
      eventType: "user.signup",
      payload: { user_id: 1 },
    });
  });

  it("defaults the payload to an empty object", () => {
    expect(eventInputSchema.parse({ eventType: "a" })).toEqual({ eventType: "a", payload: {} });
  });

  it("names unknown fields and bad values precisely", () => {
    const result = eventInputSchema.safeParse({ eventType: "has space", payload: [], extra: 1, eventId: "x" });
    expect(result.success).toBe(false);
    const paths = toFieldErrors(result.error!).map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(["eventType", "payload", "extra", "eventId"]));
  });
});

describe("eventBatchInputSchema", () => {
  it("names the index of a bad event", () => {
    const result = eventBatchInputSchema.safeParse({ events: [{ eventType: "ok" }, { payload: {} }] });
    expect(toFieldErrors(result.error!)).toEqual([{ path: "events.1.eventType", message: expect.any(String) }]);
  });

  it(`refuses more than ${MAX_BATCH_EVENTS} events`, () => {
    const events = Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => ({ eventType: "a" }));
    expect(eventBatchInputSchema.safeParse({ events }).success).toBe(false);
    expect(eventBatchInputSchema.safeParse({ events: events.slice(1) }).success).toBe(true);
  });
});
