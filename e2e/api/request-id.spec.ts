import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { acceptEvent, postEvent, UUID } from "../support/events-api";
import { waitForProcessed } from "../support/processing";

const callerRequestId = () => `e2e-${crypto.randomUUID()}`;

test("echoes the caller's x-request-id and carries it to the processed event", async ({ request }) => {
  const requestId = callerRequestId();

  const response = await postEvent(request, { eventType: "e2e.traced" }, { "x-request-id": requestId });
  expect(response.status()).toBe(202);
  expect(response.headers()["x-request-id"]).toBe(requestId);

  const { eventId } = (await response.json()) as { eventId: string };
  expect((await waitForProcessed(request, eventId)).requestId).toBe(requestId);
});

test("names the caller's request id in an error body", async ({ request }) => {
  const requestId = callerRequestId();

  const response = await postEvent(request, {}, { "x-request-id": requestId });

  expect((await expectApiError(response, 400, "validation_failed")).requestId).toBe(requestId);
});

test("mints a request id when the caller sends none or a malformed one", async ({ request }) => {
  const withoutId = await request.get("/api/events?limit=1");
  expect(withoutId.headers()["x-request-id"]).toMatch(UUID);

  const malformed = "has spaces; and <markup>";
  const withBadId = await request.get("/api/events?limit=1", { headers: { "x-request-id": malformed } });
  expect(withBadId.headers()["x-request-id"]).toMatch(UUID);

  const tooLong = `e2e-${"x".repeat(200)}`;
  const accepted = await acceptEvent(request, { eventType: "e2e.untraced" }, { "x-request-id": tooLong });
  expect((await waitForProcessed(request, accepted.eventId)).requestId).toMatch(UUID);
});
