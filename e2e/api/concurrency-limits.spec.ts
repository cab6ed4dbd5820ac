import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createApiKey } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { bearer } from "../support/e2e-auth";
import { acceptEvent } from "../support/events-api";
import { keyContext } from "../support/identities";
import { waitForProcessed } from "../support/processing";
import { messagesPath } from "../support/streams-api";
import { uniqueKey } from "../support/unique";

/*
 * Against web-open, where each principal may hold 2 live streams, 1 message browse and 1 export at
 * once (see playwright.config.ts). Each test uses keys of its own: slots are per principal.
 */
const { openBaseUrl } = e2eEnv();
const LIVE_PER_PRINCIPAL = 2;

/** Opens a streamed response and waits for its first bytes, so it is established, not just requested. */
async function openStream(token: string, path: string) {
  const controller = new AbortController();
  const response = await fetch(`${openBaseUrl}${path}`, { signal: controller.signal, headers: bearer(token) });
  if (response.status === 200) {
    const reader = response.body!.getReader();
    await reader.read();
    return { status: 200, close: () => controller.abort() };
  }
  return { status: response.status, response, close: () => controller.abort() };
}

const openLive = (token: string) => openStream(token, "/api/live");

/** The server hears of a closed connection a moment later; then the slot is free again. */
async function expectFreedSlot(open: () => ReturnType<typeof openStream>) {
  await expect
    .poll(async () => {
      const again = await open();
      again.close();
      return again.status;
    }, { intervals: [200, 500, 1000], timeout: 10_000 })
    .toBe(200);
}

async function expectConcurrencyRefusal(response: Response, what: RegExp) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("rate_limited");
  expect(body.error.message).toMatch(what);
}

test("a principal's live streams past its limit get 429 with Retry-After; closing one frees a slot", async ({ request }) => {
  const [key, otherKey] = await Promise.all([createApiKey(request, ["read"]), createApiKey(request, ["read"])]);
  const open = [];
  for (let n = 0; n < LIVE_PER_PRINCIPAL; n += 1) open.push(await openLive(key.token));
  expect(open.map((stream) => stream.status)).toEqual([200, 200]);

  const extra = await openLive(key.token);
  await expectConcurrencyRefusal(extra.response!, /live streams.*2 in progress/);
  const other = await openLive(otherKey.token);
  expect(other.status).toBe(200);

  open[0]!.close();
  await expectFreedSlot(() => openLive(key.token));
  for (const stream of [...open, other]) stream.close();
});

test("message browsing past a principal's limit gets 429 with Retry-After, and the slot is back when the request ends", async ({ playwright, request }) => {
  const key = await createApiKey(request, ["read"]);
  const context = await keyContext(playwright, key.token, openBaseUrl);
  // Each browse joins a consumer group and reads the topic: three sent at once overlap.
  const answers = await Promise.all([1, 2, 3].map(() => context.get(`${messagesPath()}?limit=1`)));
  const statuses = answers.map((answer) => answer.status()).sort();
  expect(statuses).toContain(200);
  expect(statuses).toContain(429);
  const refused = answers.find((answer) => answer.status() === 429)!;
  const error = await expectApiError(refused, 429, "rate_limited");
  expect(error.message).toMatch(/message browsing requests/);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);

  expect((await context.get(`${messagesPath()}?limit=1`)).status()).toBe(200);
  await context.dispose();
});

test("an export past a principal's limit gets 429 with Retry-After while the first is still being read; abandoning it frees the slot", async ({ request }) => {
  // About 16 MB of CSV: more than the connection buffers, so an export nobody reads stays in progress.
  const key = uniqueKey("export-limit");
  const filler = "x".repeat(400_000);
  const events = [];
  for (let n = 0; n < 40; n += 1) events.push(await acceptEvent(request, { eventType: "e2e.export-limit", key, payload: { n, filler } }));
  for (const event of events) await waitForProcessed(request, event.eventId);
  const reader = await createApiKey(request, ["read"]);
  const path = `/api/events/export?key=${encodeURIComponent(key)}`;

  const first = await openStream(reader.token, path);
  expect(first.status).toBe(200);
  const second = await openStream(reader.token, path);
  await expectConcurrencyRefusal(second.response!, /exports.*1 in progress/);

  first.close();
  await expectFreedSlot(() => openStream(reader.token, path));
});
