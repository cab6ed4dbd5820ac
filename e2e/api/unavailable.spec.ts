import { expectApiError } from "../support/api-error";
import { postBatch, postEvent } from "../support/events-api";
import { expect, test } from "../support/fixtures";

/** These run against the second web app, whose Kafka never acknowledges (publish timeout 1.5 s). */

test("POST /api/events answers 503 with Retry-After when Kafka does not acknowledge", async ({ brokerless }) => {
  const response = await postEvent(brokerless, { eventType: "e2e.lost" });

  await expectApiError(response, 503, "unavailable");
  expect(response.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
});

test("POST /api/events/batch answers 503 with Retry-After when Kafka does not acknowledge", async ({ brokerless }) => {
  const response = await postBatch(brokerless, [{ eventType: "e2e.lost" }, { eventType: "e2e.lost" }]);

  await expectApiError(response, 503, "unavailable");
  expect(response.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
});

test("POST /events/generate answers the seed's 500 when Kafka does not acknowledge", async ({ brokerless }) => {
  const response = await brokerless.post("/events/generate", { data: { userId: "u-1", eventType: "LOGIN" } });

  expect(response.status()).toBe(500);
  expect(await response.json()).toEqual({ success: false, error: "Failed to publish event to Kafka" });
});

test("reads keep working without Kafka", async ({ brokerless }) => {
  const response = await brokerless.get("/api/events?limit=1");

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ items: expect.any(Array) });
});
