import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expectApiError } from "../support/api-error";
import { pastTimestamp, postRaw } from "../support/events-api";
import { postChunked } from "../support/chunked-post";
import { BODY_LIMIT_BYTES, jsonOfBytes } from "../support/sized-body";
import { uniqueKey } from "../support/unique";

const eventOfBytes = (bytes: number) =>
  jsonOfBytes(bytes, (padding) => ({ eventType: "e2e.sized", key: uniqueKey("sized"), payload: { padding } }));

test("refuses 1 MiB + 1 byte with 413 when Content-Length declares it", async ({ request }) => {
  const response = await postRaw(request, "/api/events", eventOfBytes(BODY_LIMIT_BYTES + 1), "application/json");

  await expectApiError(response, 413, "payload_too_large");
});

test("refuses 1 MiB + 1 byte with 413 when sent chunked without a length", async () => {
  const body = Buffer.from(eventOfBytes(BODY_LIMIT_BYTES + 1));

  const response = await postChunked(`${e2eEnv().baseUrl}/api/events`, body);

  expect(response.status).toBe(413);
  expect(JSON.parse(response.text)).toMatchObject({ error: { code: "payload_too_large" } });
});

/*
 * The envelope and headers make the Kafka record larger than the body, so the topics allow
 * records well above the broker's ~1 MiB default (lib/topics/define-topic.ts).
 */
test("accepts a body of exactly 1 MiB", async ({ request }) => {
  const response = await postRaw(request, "/api/events", eventOfBytes(BODY_LIMIT_BYTES), "application/json");

  expect(response.status(), await response.text()).toBe(202);
});

/* All events of one key share a partition, so the whole batch becomes one record batch. */
test("accepts a 1000-event batch of one key under 1 MiB", async ({ request }) => {
  const key = uniqueKey("heavy-batch");
  const events = Array.from({ length: 1000 }, (_, index) => ({
    eventType: "e2e.heavy",
    key,
    timestamp: pastTimestamp(index),
    payload: { padding: "x".repeat(850) },
  }));
  const body = JSON.stringify({ events });
  expect(Buffer.byteLength(body)).toBeLessThan(BODY_LIMIT_BYTES);

  const response = await postRaw(request, "/api/events/batch", body, "application/json");

  expect(response.status(), await response.text()).toBe(202);
});
