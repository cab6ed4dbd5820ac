import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { acceptBatch, listEvents, pastTimestamp, postBatch } from "../support/events-api";
import { drainKey, waitForProcessed } from "../support/processing";
import { uniqueKey } from "../support/unique";

test("accepts a batch with 202 and the worker stores every event", async ({ request }) => {
  const key = uniqueKey("batch");
  const events = ["e2e.cart.created", "e2e.cart.item_added", "e2e.cart.checked_out"].map((eventType, index) => ({
    eventType,
    key,
    payload: { index },
  }));

  const body = await acceptBatch(request, events);

  expect(body.accepted).toBe(3);
  expect(body.events).toEqual(
    events.map(({ eventType }) => ({
      eventId: expect.any(String),
      eventType,
      key,
      timestamp: expect.any(String),
      status: "accepted",
    })),
  );
  for (const [index, accepted] of body.events.entries()) {
    expect((await waitForProcessed(request, accepted.eventId)).payload).toEqual({ index });
  }
});

test("rejects a whole batch naming the invalid item, and publishes none of it", async ({ request }) => {
  const key = uniqueKey("rejected-batch");
  const events = [
    { eventType: "e2e.valid", key },
    { eventType: "e2e.valid", key },
    { eventType: "not valid!", key },
    { eventType: "e2e.valid", key },
  ];

  const error = await expectApiError(await postBatch(request, events), 400, "validation_failed");
  expect(fieldPaths(error)).toEqual(["events.2.eventType"]);

  const sentinel = await drainKey(request, key);
  expect((await listEvents(request, { key })).items.map((item) => item.eventId)).toEqual([sentinel.eventId]);
});

test("accepts 1000 events in one batch", async ({ request }) => {
  const key = uniqueKey("max-batch");
  const events = Array.from({ length: 1000 }, (_, index) => ({
    eventType: "e2e.bulk",
    key,
    timestamp: pastTimestamp(index),
  }));

  const body = await acceptBatch(request, events);

  expect(body.accepted).toBe(1000);
  expect(new Set(body.events.map((event) => event.eventId)).size).toBe(1000);
});

test("refuses 1001 events, an empty batch and unknown fields", async ({ request }) => {
  const tooMany = Array.from({ length: 1001 }, () => ({ eventType: "e2e.bulk" }));
  const tooManyError = await expectApiError(await postBatch(request, tooMany), 400, "validation_failed");
  expect(fieldPaths(tooManyError)).toEqual(["events"]);

  const emptyError = await expectApiError(await postBatch(request, []), 400, "validation_failed");
  expect(fieldPaths(emptyError)).toEqual(["events"]);

  const unknownField = await request.post("/api/events/batch", { data: { events: [{ eventType: "e2e.x" }], dryRun: true } });
  expect(fieldPaths(await expectApiError(unknownField, 400, "validation_failed"))).toEqual(["dryRun"]);
});
