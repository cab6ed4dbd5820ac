import { expect, test } from "../support/access-fixtures";
import { expectApiError } from "../support/api-error";
import { bearer, seededAccess } from "../support/e2e-auth";
import { uniqueEventType, uniqueKey } from "../support/unique";

/*
 * Against web-open, the web app started with INGEST_AUTH=off: event ingestion takes anyone, and
 * nothing else does (workflows and tasks run steps and outbound calls, so they still need a key).
 */

test("anyone may send events there, by either contract", async ({ openAnonymous }) => {
  const event = await openAnonymous.post("/api/events", { data: { eventType: uniqueEventType("open") } });
  expect(event.status(), await event.text()).toBe(202);

  const seedEvent = await openAnonymous.post("/events/generate", { data: { userId: uniqueKey("open-user"), eventType: "LOGIN" } });
  expect(seedEvent.status(), await seedEvent.text()).toBe(201);
});

test("every event ingestion route is open: an invalid body is a 400, not a 401", async ({ openAnonymous }) => {
  await expectApiError(await openAnonymous.post("/api/events/batch", { data: {} }), 400, "validation_failed");
});

test("workflows and tasks still need a key there", async ({ openAnonymous }) => {
  const workflow = { name: uniqueKey("open-workflow"), steps: ["validate"] };
  const task = { type: "notification", data: { url: "http://127.0.0.1:9/hook" } };
  await expectApiError(await openAnonymous.post("/api/workflows", { data: workflow }), 401, "unauthorized");
  await expectApiError(await openAnonymous.post("/api/tasks", { data: task }), 401, "unauthorized");

  const { keys } = seededAccess();
  const keyed = await openAnonymous.post("/api/workflows", { data: {}, headers: bearer(keys["workflows:write"]) });
  await expectApiError(keyed, 400, "validation_failed");
  await expectApiError(await openAnonymous.post("/api/tasks", { data: {}, headers: bearer(keys["tasks:write"]) }), 400, "validation_failed");
});

test("reading, operating and administering still need someone signed in", async ({ openAnonymous }) => {
  await expectApiError(await openAnonymous.get("/api/events?limit=1"), 401, "unauthorized");
  await expectApiError(await openAnonymous.post("/api/dlq/replay", { data: { ids: [crypto.randomUUID()] } }), 401, "unauthorized");
  await expectApiError(await openAnonymous.get("/api/users"), 401, "unauthorized");
});

test("a revoked key is refused even where no key is needed", async ({ openAnonymous }) => {
  const response = await openAnonymous.post("/api/events", { data: { eventType: uniqueEventType("open-revoked") }, headers: bearer(seededAccess().keys.revoked) });

  await expectApiError(response, 401, "unauthorized");
});

test("the main app, with ingestion authenticated, refuses the same anonymous event", async ({ anonymous }) => {
  await expectApiError(await anonymous.post("/api/events", { data: { eventType: uniqueEventType("closed") } }), 401, "unauthorized");
});
