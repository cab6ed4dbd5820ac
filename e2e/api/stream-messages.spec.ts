import { randomUUID } from "node:crypto";
import { expectApiError, fieldPaths } from "../support/api-error";
import { postRaw } from "../support/events-api";
import { expect, test } from "../support/fixtures";
import { browseMessages, envelope, eventsTopic, messagesPath, produceMessage, type ProducedAt, type StreamMessage } from "../support/streams-api";
import { uniqueKey } from "../support/unique";

const at = (message: { partition: number; offset: string }): ProducedAt => ({ partition: message.partition, offset: message.offset });

test("GET /api/streams/:topic answers the topic's partitions with leaders, replicas and offsets", async ({ request }) => {
  const response = await request.get(`/api/streams/${eventsTopic()}`);
  expect(response.status()).toBe(200);
  const topic = await response.json();
  expect(topic.topic).toBe(eventsTopic());
  expect(topic.partitions).toHaveLength(6);
  expect(topic.partitions[0]).toEqual({
    partition: 0,
    leader: expect.any(Number),
    replicas: 1,
    low: expect.stringMatching(/^\d+$/),
    high: expect.stringMatching(/^\d+$/),
    messages: expect.any(Number),
  });
});

test("produces a test message and finds it by key, decoded, with its headers", async ({ request }) => {
  const key = uniqueKey("browse-key");
  const value = envelope(key, { note: "found by key" });
  const produced = await produceMessage(request, { key, value, headers: { "e2e-header": "yes" } });

  const page = await browseMessages(request, { key });

  expect(page.items).toHaveLength(1);
  const [message] = page.items;
  expect(at(message!)).toEqual(produced);
  expect(message).toMatchObject({ key, value: JSON.stringify(value), json: value, headers: { "e2e-header": "yes" } });
  expect(message).not.toHaveProperty("valueBase64");
  expect(Date.now() - Date.parse(message!.timestamp)).toBeLessThan(60_000);
  expect(page.scanned).toBeGreaterThan(0);
});

test("finds a message by text in its value, whatever the case", async ({ request }) => {
  const key = uniqueKey("browse-contains");
  const word = `Needle${randomUUID()}`;
  const produced = await produceMessage(request, { key, value: envelope(key, { note: `a ${word} here` }) });

  const page = await browseMessages(request, { contains: word.toLowerCase() });

  expect(page.items.map(at)).toEqual([produced]);
});

test("seeks by offset within a partition: that message and older ones, newest first", async ({ request }) => {
  const key = uniqueKey("browse-offset");
  const produced: ProducedAt[] = [];
  for (let n = 0; n < 3; n++) produced.push(await produceMessage(request, { key, value: envelope(key, { n }) }));
  const [first, second] = produced;

  const page = await browseMessages(request, { key, partition: second!.partition, offset: second!.offset });

  expect(page.items.map(at)).toEqual([second, first]);
});

test("seeks by time: messages at or before it", async ({ request }) => {
  const key = uniqueKey("browse-time");
  const before = await produceMessage(request, { key, value: envelope(key) });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const time = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await produceMessage(request, { key, value: envelope(key) });

  const page = await browseMessages(request, { key, time });

  expect(page.items.map(at)).toEqual([before]);
});

test("pages with the cursor, newest first, each message once", async ({ request }) => {
  const key = uniqueKey("browse-pages");
  const produced: ProducedAt[] = [];
  for (let n = 0; n < 5; n++) produced.push(await produceMessage(request, { key, value: envelope(key, { n }) }));

  const first = await browseMessages(request, { key, limit: 2 });
  expect(first.items).toHaveLength(2);
  expect(first.nextCursor).not.toBeNull();
  const seen = [...first.items];
  for (let cursor = first.nextCursor; cursor; ) {
    const page = await browseMessages(request, { key, limit: 2, cursor });
    seen.push(...page.items);
    cursor = page.nextCursor;
  }

  expect(seen.map(at)).toEqual(produced.reverse());
});

test("re-producing a shown message sends the same key, value and headers again", async ({ request }) => {
  const key = uniqueKey("browse-again");
  await produceMessage(request, { key, value: envelope(key), headers: { trace: "t-1" } });
  const [shown] = (await browseMessages(request, { key })).items;

  const again = await produceMessage(request, { key: shown!.key!, value: shown!.value, headers: shown!.headers });

  const [latest, original] = (await browseMessages(request, { key })).items;
  expect(at(latest!)).toEqual(again);
  const record = ({ key, value, headers }: StreamMessage) => ({ key, value, headers });
  expect(record(latest!)).toEqual(record(original!));
});

const badQueries: { query: string; paths: string[] }[] = [
  { query: "limit=101", paths: ["limit"] },
  { query: "limit=0&partition=-1", paths: ["limit", "partition"] },
  { query: "offset=5", paths: ["offset"] },
  { query: "partition=0&offset=5&time=2026-01-01T00:00:00Z", paths: ["time"] },
  { query: "time=yesterday", paths: ["time"] },
  { query: "partition=99", paths: ["partition"] },
  { query: "cursor=not-a-cursor", paths: ["cursor"] },
];

for (const { query, paths } of badQueries) {
  test(`GET messages?${query} answers 400 naming ${paths.join(", ")}`, async ({ request }) => {
    const error = await expectApiError(await request.get(`${messagesPath()}?${query}`), 400, "validation_failed");
    expect(fieldPaths(error).sort()).toEqual(paths);
  });
}

test("POST messages refuses a bad body: no value, unknown fields, not JSON", async ({ request }) => {
  const missing = await expectApiError(await request.post(messagesPath(), { data: { key: "k" } }), 400, "validation_failed");
  expect(fieldPaths(missing)).toEqual(["value"]);
  const unknown = await expectApiError(await request.post(messagesPath(), { data: { value: 1, partition: 2 } }), 400, "validation_failed");
  expect(fieldPaths(unknown)).toEqual(["partition"]);
  await expectApiError(await postRaw(request, messagesPath(), '{"value":', "application/json"), 400, "invalid_json");
});

test("answers 404 for a topic that does not exist, and does not create it", async ({ request }) => {
  const missing = `${eventsTopic()}-missing-${randomUUID()}`;

  await expectApiError(await request.get(messagesPath(missing)), 404, "not_found");
  await expectApiError(await request.post(messagesPath(missing), { data: { value: "x" } }), 404, "not_found");
  await expectApiError(await request.get(`/api/streams/${missing}`), 404, "not_found");
  await expectApiError(await request.get("/api/streams/__consumer_offsets"), 404, "not_found");
});

test("answers 503 when Kafka cannot be reached", async ({ brokerless }) => {
  const responses = await Promise.all([
    brokerless.get(`/api/streams/${eventsTopic()}`),
    brokerless.get(messagesPath()),
    brokerless.post(messagesPath(), { data: { value: "lost" } }),
  ]);
  for (const response of responses) {
    await expectApiError(response, 503, "unavailable");
    expect(response.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
  }
});
