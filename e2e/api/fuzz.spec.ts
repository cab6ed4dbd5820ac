import { randomBytes, randomUUID } from "node:crypto";
import fc from "fast-check";
import { e2eEnv } from "../e2e-env";
import { acceptEvent } from "../support/events-api";
import { expect, test } from "../support/fixtures";
import { fuzzRequest, MARKER } from "../support/fuzz-bodies";
import { waitForProcessed } from "../support/processing";
import { markersInDatabase } from "../support/stored-markers";
import { runTask } from "../support/tasks-api";
import { createTopic, findInRecordsSince, topicEnds, type TopicEnds } from "../support/topic-scan";
import { runWorkflow } from "../support/workflows-api";

/*
 * Property-based fuzzing of every route that reads a body: whatever arrives, the answer is 2xx or
 * 4xx, a refused request leaves no row and no Kafka record, and the worker still does its work
 * afterwards. Replay a failure with FUZZ_SEED=<seed printed in the failure>; FUZZ_RUNS sets the
 * number of bodies per route.
 */
test.describe.configure({ mode: "serial" });

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);

const run = randomBytes(4).toString("hex");
let sent = 0;
const nextMarker = () => `fz${run}n${sent++}`;
const refused = new Set<string>();
const accepted = new Set<string>();

const prefix = e2eEnv().topicPrefix;
const fuzzTopic = `${prefix}fuzz-${run}`;
const internalTopics = ["events", "workflows", "tasks", "workflow-steps.high", "workflow-steps.medium", "workflow-steps.low", "dead-letters"];
let topicsAtStart: TopicEnds;

/** An id that names nothing, so routes about one thing read and check the body, then answer 404. */
const unknownId = randomUUID();

type Endpoint = { method?: "POST" | "PATCH"; path: string; base: unknown };

const endpoints: Endpoint[] = [
  { path: "/api/events", base: { eventType: "fuzz.event", key: MARKER, payload: { note: MARKER, list: [1, "two", { three: 3 }] } } },
  { path: "/api/events/batch", base: { events: [{ eventType: "fuzz.event", key: MARKER, payload: { note: MARKER } }] } },
  { path: "/events/generate", base: { userId: MARKER, eventType: "LOGIN", payload: { note: MARKER } } },
  {
    path: "/api/workflows",
    base: {
      name: MARKER,
      steps: ["validate", { type: "transform", set: { tag: MARKER } }, "store"],
      priority: "low",
      input: { note: MARKER },
      metadata: { tag: MARKER },
    },
  },
  {
    path: "/api/tasks",
    base: { type: "email", data: { to: `${MARKER}@fuzz.test`, subject: MARKER, text: "hi {{name}}", variables: { name: MARKER } }, maxRetries: 0 },
  },
  { path: "/api/users", base: { email: `${MARKER}@fuzz.test`, password: `${MARKER}-password`, role: "viewer" } },
  { method: "PATCH", path: `/api/users/${unknownId}`, base: { role: "viewer", disabled: false, password: `${MARKER}-password` } },
  { path: "/api/api-keys", base: { name: MARKER, scopes: ["read"] } },
  { path: `/api/api-keys/${unknownId}/revoke`, base: {} },
  { path: `/api/streams/${fuzzTopic}/messages`, base: { key: MARKER, value: { note: MARKER }, headers: { tag: MARKER } } },
  { path: `/api/dlq/${unknownId}/replay`, base: { payload: { note: MARKER } } },
  { path: "/api/dlq/replay", base: { filter: { key: MARKER, topic: MARKER } } },
  { path: `/api/dlq/${unknownId}/discard`, base: {} },
  { path: `/api/workflows/${unknownId}/cancel`, base: {} },
  { path: `/api/workflows/${unknownId}/retry`, base: {} },
  { path: "/api/auth/callback/credentials", base: { email: `${MARKER}@fuzz.test`, password: MARKER } },
];

test.beforeAll(async () => {
  await createTopic(fuzzTopic);
  topicsAtStart = await topicEnds([fuzzTopic, ...internalTopics.map((topic) => prefix + topic)]);
});

for (const { method = "POST", path, base } of endpoints) {
  test(`${method} ${path.replace(unknownId, ":id").replace(fuzzTopic, ":topic")} answers any body with 2xx or 4xx`, async ({ request }) => {
    test.setTimeout(90_000);
    test.info().annotations.push({ type: "fuzz seed", description: String(seed) });
    await fc.assert(
      fc.asyncProperty(fuzzRequest(base), async ({ body, contentType }) => {
        const marker = nextMarker();
        const data = typeof body === "string" ? body.replaceAll(MARKER, marker) : body;
        const response = await request.fetch(path, { method, headers: { "content-type": contentType }, data, maxRedirects: 0 });
        const status = response.status();
        const shown = typeof data === "string" ? data.slice(0, 300) : `bytes ${data.toString("hex").slice(0, 300)}`;
        expect(status, `${method} ${path} answered ${status}: ${(await response.text()).slice(0, 300)}\nto ${contentType}: ${shown}`).toBeLessThan(500);
        (status >= 300 ? refused : accepted).add(marker);
      }),
      { seed, numRuns, endOnFailure: true },
    );
  });
}

test("a refused request left no row and no Kafka record", async () => {
  test.setTimeout(60_000);
  expect(refused.size).toBeGreaterThan(0);
  const pattern = `fz${run}n[0-9]+`;
  const stored = await markersInDatabase(pattern);
  const storedRefused = [...stored].flatMap(([table, markers]) => markers.filter((marker) => refused.has(marker)).map((marker) => `${table}: ${marker}`));
  expect(storedRefused).toEqual([]);
  const published = await findInRecordsSince(topicsAtStart, new RegExp(pattern, "g"));
  expect([...published].filter((marker) => refused.has(marker))).toEqual([]);
  // Both searches do find what was accepted: their silence about the refused means something.
  expect([...stored.values()].flat().some((marker) => accepted.has(marker))).toBe(true);
  expect([...published].some((marker) => accepted.has(marker))).toBe(true);
});

test("afterwards the worker still completes a workflow, a task and an event", async ({ request }) => {
  test.setTimeout(60_000);
  await runWorkflow(request, { name: `fuzz-after-${run}`, steps: ["validate", { type: "transform", set: { done: true } }, "store"], input: { n: 1 } });
  await runTask(request, { type: "email", data: { to: "after@fuzz.test", subject: "after", text: "still working" } });
  const event = await acceptEvent(request, { eventType: "fuzz.after", key: `fuzz-after-${run}`, payload: { n: 1 } });
  await waitForProcessed(request, event.eventId);
});
