import { expect, test } from "../support/fixtures";
import { acceptEvent, postRaw } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { runTask } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";
import { PROTOTYPE_CANARY } from "../support/prototype-canary";
import { runWorkflow } from "../support/workflows-api";

/*
 * Every way we know for a JSON body or a query to reach an object prototype, at every endpoint
 * that takes one. The bodies are raw text: a JavaScript object literal would turn `__proto__`
 * into a prototype on our side before it was ever sent.
 */
const protoKeyBodies = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"eventType": "e2e.proto", "payload": {"a": {"__proto__": {"polluted": "yes"}}}}',
  '{"events": [{"eventType": "e2e.proto", "payload": {"__proto__": {"polluted": "yes"}}}]}',
  '{"name": "proto", "steps": ["store"], "input": {"__proto__": {"polluted": "yes"}}}',
  '{"type": "notification", "data": {"url": "http://127.0.0.1:1/x", "payload": {}, "headers": {"__proto__": {"polluted": "yes"}}}}',
  '[{"__proto__": {"polluted": "yes"}}]',
];

const pathBodies = [
  { name: "proto", steps: [{ type: "transform", set: { "__proto__.polluted": "yes" } }] },
  { name: "proto", steps: [{ type: "transform", set: { "a.__proto__.polluted": "yes" } }] },
  { name: "proto", steps: [{ type: "transform", set: { "constructor.prototype.polluted": "yes" } }] },
  { name: "proto", steps: [{ type: "transform", map: { "__proto__.polluted": "a" } }] },
  { name: "proto", steps: [{ type: "transform", map: { copied: "constructor.prototype" } }] },
  { name: "proto", steps: [{ type: "transform", map: { "prototype.x": "a" } }] },
];

const bodyEndpoints = [
  "/api/events",
  "/api/events/batch",
  "/events/generate",
  "/api/workflows",
  "/api/tasks",
  "/api/dlq/replay",
  "/api/users",
  "/api/api-keys",
  "/api/streams/e2e.proto/messages",
];

const queryShapes = ["__proto__[polluted]=yes", "__proto__.polluted=yes", "constructor[prototype][polluted]=yes", "constructor.prototype.polluted=yes"];
const queryEndpoints = ["/api/events", "/api/workflows", "/api/tasks", "/api/dlq", "/api/audit", "/api/users", "/api/api-keys"];

test("no body, path or query reaches a prototype, and the pipeline still completes normal work", async ({ request, receiver }) => {
  test.setTimeout(120_000);
  for (const endpoint of bodyEndpoints) {
    for (const body of protoKeyBodies) {
      const response = await postRaw(request, endpoint, body, "application/json");
      expect(response.status(), `${endpoint} ${body}`).toBe(400);
      // The seed's own contract (/events/generate) answers { success: false, errors: [messages] }.
      const answer = await response.json();
      const messages = answer.errors ?? answer.error.details.map((detail: { message: string }) => detail.message);
      expect(messages, `${endpoint} ${body}`).toContain("the key __proto__ is not allowed");
    }
  }
  for (const body of pathBodies) {
    const response = await request.post("/api/workflows", { data: body });
    expect(response.status(), JSON.stringify(body)).toBe(400);
    const { error } = await response.json();
    expect(JSON.stringify(error.details)).toMatch(/may not contain __proto__, prototype, constructor/);
  }
  for (const endpoint of queryEndpoints) {
    for (const query of queryShapes) {
      const response = await request.get(`${endpoint}?${query}`);
      expect(response.status(), `${endpoint}?${query}`).toBeLessThan(500);
    }
  }

  const { steps, input, result } = PROTOTYPE_CANARY;
  const workflow = await runWorkflow(request, { name: uniqueKey("after-pollution"), priority: "high", steps, input });
  expect(workflow.result).toEqual(result);
  await runTask(request, { type: "notification", data: { url: `${receiver.url}/after-pollution`, payload: { ok: true } } });
  const accepted = await acceptEvent(request, { eventType: "e2e.after-pollution", payload: { ok: true } });
  expect((await waitForProcessed(request, accepted.eventId)).payload).toEqual({ ok: true });
});
