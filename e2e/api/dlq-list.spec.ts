import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expectApiError, fieldPaths } from "../support/api-error";
import { createDeadLetter, createDeadLetters, POISON_PAYLOAD } from "../support/dead-letters";
import { getDeadLetter, listDeadLetters } from "../support/dlq-api";
import { uniqueKey } from "../support/unique";

test("keeps a record PostgreSQL refuses as a pending DatabaseRejected letter, byte for byte", async ({ request }) => {
  const requestId = `e2e-${crypto.randomUUID()}`;
  const { key, event, letter } = await createDeadLetter(request, "dlq-lands", { "x-request-id": requestId });

  expect(letter).toMatchObject({
    status: "pending",
    topic: `${e2eEnv().topicPrefix}events`,
    key,
    errorClass: "DatabaseRejected",
    attempts: 1,
    replayCount: 0,
    json: { eventId: event.eventId, key, payload: POISON_PAYLOAD },
    headers: { "event-id": event.eventId, "request-id": requestId },
  });
  expect(JSON.parse(letter.value!)).toEqual(letter.json);
  expect(letter.lastFailedAt).toBe(letter.firstFailedAt);

  const { history, lineage, ...detail } = (await getDeadLetter(request, letter.id)) as Awaited<ReturnType<typeof getDeadLetter>> & { lineage: unknown };
  expect(detail).toEqual(letter);
  expect(lineage).toEqual({ eventId: event.eventId, processed: false });
  expect(history).toEqual([
    expect.objectContaining({
      action: "dead_lettered",
      actor: "worker",
      details: expect.objectContaining({ errorClass: "DatabaseRejected" }),
    }),
  ]);
});

test("filters by status, error class, topic, key and an inclusive range on the last failure", async ({ request }) => {
  const { key, letter } = await createDeadLetter(request, "dlq-filters");
  const idsOf = async (query: Record<string, string>) =>
    (await listDeadLetters(request, { key, ...query })).items.map((item) => item.id);
  const failedAt = (shiftMs: number) => new Date(Date.parse(letter.lastFailedAt) + shiftMs).toISOString();

  expect(await idsOf({ status: "pending" })).toEqual([letter.id]);
  expect(await idsOf({ status: "replayed" })).toEqual([]);
  expect(await idsOf({ errorClass: "DatabaseRejected" })).toEqual([letter.id]);
  expect(await idsOf({ errorClass: "MalformedJson" })).toEqual([]);
  expect(await idsOf({ topic: letter.topic })).toEqual([letter.id]);
  expect(await idsOf({ topic: `${letter.topic}-elsewhere` })).toEqual([]);
  expect(await idsOf({ from: letter.lastFailedAt, to: letter.lastFailedAt })).toEqual([letter.id]);
  expect(await idsOf({ from: failedAt(1) })).toEqual([]);
  expect(await idsOf({ to: failedAt(-1) })).toEqual([]);
  expect((await listDeadLetters(request, { key: uniqueKey("nobody") })).items).toEqual([]);
});

test("pages newest first through nextCursor without overlaps", async ({ request }) => {
  const { key, letters } = await createDeadLetters(request, "dlq-pages", 2);
  const [newest, oldest] = letters;

  const first = await listDeadLetters(request, { key, limit: 1 });
  expect(first.items.map((item) => item.id)).toEqual([newest!.id]);
  expect(first.nextCursor).toEqual(expect.any(String));

  const second = await listDeadLetters(request, { key, limit: 1, cursor: first.nextCursor! });
  expect(second.items.map((item) => item.id)).toEqual([oldest!.id]);
  expect(second.nextCursor).toBeNull();
});

const invalidQueries: { query: Record<string, string>; path: string }[] = [
  { query: { cursor: "not-a-cursor" }, path: "cursor" },
  { query: { status: "bogus" }, path: "status" },
  { query: { limit: "0" }, path: "limit" },
  { query: { from: "2020-01-01" }, path: "from" },
];

for (const { query, path } of invalidQueries) {
  test(`rejects the dead-letter query ${new URLSearchParams(query)} with 400 naming ${path}`, async ({ request }) => {
    const error = await expectApiError(await request.get("/api/dlq", { params: query }), 400, "validation_failed");
    expect(fieldPaths(error)).toEqual([path]);
  });
}
