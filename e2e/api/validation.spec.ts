import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { postEvent, postRaw } from "../support/events-api";

const invalidBodies: { name: string; body: unknown; paths: string[] }[] = [
  { name: "a missing eventType", body: { payload: {} }, paths: ["eventType"] },
  { name: "an empty eventType", body: { eventType: "" }, paths: ["eventType"] },
  { name: "an eventType with spaces", body: { eventType: "order placed" }, paths: ["eventType"] },
  { name: "an unknown field", body: { eventType: "e2e.x", priority: "high" }, paths: ["priority"] },
  { name: "an array payload", body: { eventType: "e2e.x", payload: [1, 2] }, paths: ["payload"] },
  { name: "a string payload", body: { eventType: "e2e.x", payload: "text" }, paths: ["payload"] },
  { name: "an eventId that is not a UUID", body: { eventType: "e2e.x", eventId: "42" }, paths: ["eventId"] },
  { name: "a timestamp that is not ISO 8601", body: { eventType: "e2e.x", timestamp: "yesterday" }, paths: ["timestamp"] },
  { name: "an empty key", body: { eventType: "e2e.x", key: "" }, paths: ["key"] },
  { name: "several problems at once", body: { eventType: 7, source: "" }, paths: ["eventType", "source"] },
  { name: "a body that is an array", body: [{ eventType: "e2e.x" }], paths: ["(body)"] },
];

for (const { name, body, paths } of invalidBodies) {
  test(`rejects ${name} with 400 naming ${paths.join(", ")}`, async ({ request }) => {
    const error = await expectApiError(await postEvent(request, body), 400, "validation_failed");
    expect([...new Set(fieldPaths(error))].sort()).toEqual([...paths].sort());
    for (const detail of error.details ?? []) expect(detail.message).not.toBe("");
  });
}

test("rejects a body that is not JSON with 400 invalid_json", async ({ request }) => {
  const response = await postRaw(request, "/api/events", '{"eventType": "e2e.x",', "application/json");
  await expectApiError(response, 400, "invalid_json");
});

test("rejects a non-JSON content type with 415", async ({ request }) => {
  const response = await postRaw(request, "/api/events", JSON.stringify({ eventType: "e2e.x" }), "text/plain");
  await expectApiError(response, 415, "unsupported_media_type");
});

test("accepts JSON with a charset parameter", async ({ request }) => {
  const body = JSON.stringify({ eventType: "e2e.charset" });
  const response = await postRaw(request, "/api/events", body, "application/json; charset=utf-8");
  expect(response.status()).toBe(202);
});
