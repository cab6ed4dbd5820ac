import { expect, test } from "@playwright/test";
import { UUID } from "../support/events-api";
import { uniqueKey } from "../support/unique";

/** The Event-Driven Microservice's routes, whose bodies existing clients parse exactly. */
type UserActivityEvent = { eventId: string; userId: string; eventType: string; timestamp: string; payload: unknown };

test("POST /events/generate answers 201 and the event shows up in GET /events/processed", async ({ request }) => {
  const userId = uniqueKey("user");

  const response = await request.post("/events/generate", {
    data: { userId, eventType: "PRODUCT_VIEW", payload: { productId: "sku-1" } },
  });

  expect(response.status()).toBe(201);
  const { success, event } = (await response.json()) as { success: boolean; event: UserActivityEvent };
  expect(success).toBe(true);
  expect(event).toEqual({
    eventId: expect.stringMatching(UUID),
    userId,
    eventType: "PRODUCT_VIEW",
    timestamp: expect.any(String),
    payload: { productId: "sku-1" },
  });

  await expect
    .poll(async () => (await request.get("/events/processed")).json(), { timeout: 15_000 })
    .toContainEqual(event);
});

test("GET /events/processed is a bare array, newest first", async ({ request }) => {
  const response = await request.get("/events/processed");

  expect(response.status()).toBe(200);
  const events = (await response.json()) as UserActivityEvent[];
  expect(Array.isArray(events)).toBe(true);
  const times = events.map((event) => Date.parse(event.timestamp));
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test("POST /events/generate lists every problem in the seed's words", async ({ request }) => {
  const empty = await request.post("/events/generate", { data: {} });
  expect(empty.status()).toBe(400);
  expect(await empty.json()).toEqual({
    success: false,
    errors: [
      "userId is required and must be a string",
      "eventType is required and must be one of: LOGIN, LOGOUT, PRODUCT_VIEW",
    ],
  });

  const unknownType = await request.post("/events/generate", { data: { userId: "u-1", eventType: "PURCHASE" } });
  expect(unknownType.status()).toBe(400);
  expect(await unknownType.json()).toEqual({
    success: false,
    errors: ["eventType is required and must be one of: LOGIN, LOGOUT, PRODUCT_VIEW"],
  });
});
