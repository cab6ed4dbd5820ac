import { expect, test } from "@playwright/test";
import { acceptEvent, listEvents } from "../support/events-api";
import { drainKey, waitForProcessed } from "../support/processing";
import { uniqueKey } from "../support/unique";

test("stores an eventId posted twice only once, keeping the first", async ({ request }) => {
  const key = uniqueKey("idempotent");
  const eventId = crypto.randomUUID();

  await acceptEvent(request, { eventType: "e2e.order.placed", key, eventId, payload: { attempt: 1 } });
  await acceptEvent(request, { eventType: "e2e.order.placed", key, eventId, payload: { attempt: 2 } });
  const sentinel = await drainKey(request, key);

  const { items } = await listEvents(request, { key });
  expect(items.map((item) => item.eventId).sort()).toEqual([eventId, sentinel.eventId].sort());
  expect(items.find((item) => item.eventId === eventId)?.payload).toEqual({ attempt: 1 });
});

test("dead-letters a payload PostgreSQL refuses without holding back later events of its key", async ({ request }) => {
  const key = uniqueKey("poison");

  // "\u0000" is valid JSON, so the API accepts it; PostgreSQL's jsonb cannot store it.
  const poison = await acceptEvent(request, { eventType: "e2e.poison", key, payload: { note: "before\u0000after" } });
  const healthy = await acceptEvent(request, { eventType: "e2e.healthy", key, payload: { note: "fine" } });

  await waitForProcessed(request, healthy.eventId);
  expect((await request.get(`/api/events/${poison.eventId}`)).status()).toBe(404);
  const { items } = await listEvents(request, { key });
  expect(items.map((item) => item.eventId)).toEqual([healthy.eventId]);
});
