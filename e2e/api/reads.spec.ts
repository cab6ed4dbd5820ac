import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { acceptBatch, listEvents, pastTimestamp, type EventInput } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { uniqueEventType, uniqueKey } from "../support/unique";

/** Posts the events in one batch and returns their ids once the worker has stored all of them. */
async function processedIds(request: APIRequestContext, events: EventInput[]): Promise<string[]> {
  const { events: accepted } = await acceptBatch(request, events);
  await Promise.all(accepted.map((event) => waitForProcessed(request, event.eventId)));
  return accepted.map((event) => event.eventId);
}

test("pages newest first through nextCursor without overlaps", async ({ request }) => {
  const key = uniqueKey("pages");
  const ids = await processedIds(
    request,
    [0, 1, 2, 3, 4].map((second) => ({ eventType: "e2e.page", key, timestamp: pastTimestamp(second) })),
  );

  const pages = [];
  let cursor: string | null = null;
  do {
    const page = await listEvents(request, { key, limit: 2, ...(cursor ? { cursor } : {}) });
    pages.push(page.items.map((item) => item.eventId));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 5);

  expect(pages).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);
});

test("filters by type, key and an inclusive time range", async ({ request }) => {
  const key = uniqueKey("filters");
  const [signup, login] = [uniqueEventType("signup"), uniqueEventType("login")];
  const [first, second, third] = await processedIds(request, [
    { eventType: signup, key, timestamp: pastTimestamp(10) },
    { eventType: login, key, timestamp: pastTimestamp(20) },
    { eventType: login, key, timestamp: pastTimestamp(30) },
  ]);
  const idsOf = async (query: Record<string, string>) =>
    (await listEvents(request, query)).items.map((item) => item.eventId);

  expect(await idsOf({ key })).toEqual([third, second, first]);
  expect(await idsOf({ type: login })).toEqual([third, second]);
  expect(await idsOf({ type: signup, key })).toEqual([first]);
  expect(await idsOf({ key, from: pastTimestamp(20) })).toEqual([third, second]);
  expect(await idsOf({ key, to: pastTimestamp(20) })).toEqual([second, first]);
  expect(await idsOf({ key, from: pastTimestamp(15), to: pastTimestamp(25) })).toEqual([second]);
  expect(await idsOf({ key: uniqueKey("nobody") })).toEqual([]);
});

test("answers 404 not_found for an unknown or malformed event id", async ({ request }) => {
  for (const id of [crypto.randomUUID(), "not-a-uuid"]) {
    await expectApiError(await request.get(`/api/events/${id}`), 404, "not_found");
  }
});

const invalidQueries: { query: Record<string, string>; path: string }[] = [
  { query: { cursor: "not-a-cursor" }, path: "cursor" },
  { query: { cursor: Buffer.from('{"at":"yesterday","id":"x"}').toString("base64url") }, path: "cursor" },
  { query: { limit: "0" }, path: "limit" },
  { query: { limit: "501" }, path: "limit" },
  { query: { limit: "ten" }, path: "limit" },
  { query: { from: "2020-01-01" }, path: "from" },
  { query: { to: "soon" }, path: "to" },
  { query: { type: "not valid!" }, path: "type" },
];

for (const { query, path } of invalidQueries) {
  test(`rejects ${new URLSearchParams(query)} with 400 naming ${path}`, async ({ request }) => {
    const error = await expectApiError(await request.get("/api/events", { params: query }), 400, "validation_failed");
    expect(fieldPaths(error)).toEqual([path]);
  });
}
