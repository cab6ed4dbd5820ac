import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { acceptEvent, postEvent, UUID, type AcceptedEvent } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { uniqueEventType, uniqueKey } from "../support/unique";

test("accepts an event with 202 and the worker stores it with its Kafka position", async ({ request }) => {
  const eventType = uniqueEventType("minimal");
  const postedAt = Date.now();

  const accepted = await acceptEvent(request, { eventType, payload: { orderId: 42, items: ["a", "b"] } });

  expect(accepted).toEqual({
    eventId: expect.stringMatching(UUID),
    eventType,
    key: accepted.eventId,
    timestamp: expect.any(String),
    status: "accepted",
  });
  expect(Math.abs(Date.parse(accepted.timestamp) - postedAt)).toBeLessThan(60_000);

  const processed = await waitForProcessed(request, accepted.eventId);
  expect(processed).toEqual({
    eventId: accepted.eventId,
    eventType,
    key: accepted.eventId,
    source: "api",
    timestamp: accepted.timestamp,
    payload: { orderId: 42, items: ["a", "b"] },
    schemaVersion: 1,
    acceptedAt: expect.any(String),
    processedAt: expect.any(String),
    requestId: expect.any(String),
    kafka: { topic: `${e2eEnv().topicPrefix}events`, partition: expect.any(Number), offset: expect.stringMatching(/^\d+$/) },
    lineage: { workflow: null, deadLetters: [] },
  });
  expect(Date.parse(processed.processedAt)).toBeGreaterThanOrEqual(Date.parse(processed.acceptedAt));
});

test("keeps the client's key, eventId, timestamp and source", async ({ request }) => {
  const event = {
    eventType: uniqueEventType("full"),
    key: uniqueKey("full"),
    eventId: crypto.randomUUID(),
    timestamp: "2021-06-01T12:00:00+02:00",
    source: "checkout-service",
    payload: { nested: { ok: true } },
  };

  const accepted = await acceptEvent(request, event);
  expect(accepted).toEqual({ ...pick(event, "eventId", "eventType", "key", "timestamp"), status: "accepted" });

  const processed = await waitForProcessed(request, event.eventId);
  expect(processed).toMatchObject({
    ...pick(event, "eventId", "eventType", "key", "source", "payload"),
    timestamp: "2021-06-01T10:00:00.000Z",
  });
});

test("accepts the Event Stream Processor's { event_type, payload } body", async ({ request }) => {
  const eventType = uniqueEventType("snake");

  const response = await postEvent(request, { event_type: eventType, payload: { legacy: true } });

  expect(response.status()).toBe(202);
  const accepted = (await response.json()) as AcceptedEvent;
  expect(accepted.eventType).toBe(eventType);
  const processed = await waitForProcessed(request, accepted.eventId);
  expect(processed).toMatchObject({ eventType, payload: { legacy: true } });
});

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
}
