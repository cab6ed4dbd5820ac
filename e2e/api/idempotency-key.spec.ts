import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { bearer, seededAccess } from "../support/e2e-auth";
import { uniqueKey } from "../support/unique";
import { listWorkflows, waitForWorkflowStatus } from "../support/workflows-api";

const withKey = (key: string, headers: Record<string, string> = {}) => ({ "idempotency-key": key, ...headers });

test("a repeated workflow creation answers the first result, creates nothing more, and the workflow runs once", async ({ request }) => {
  const name = uniqueKey("idem-workflow");
  const key = uniqueKey("key");
  const body = { name, steps: ["validate", "store"], input: { orderId: "o-1" } };

  const first = await request.post("/api/workflows", { data: body, headers: withKey(key) });
  expect(first.status(), await first.text()).toBe(201);
  expect(first.headers()["idempotent-replayed"]).toBeUndefined();
  // Spacing and field order are not the request: the parsed body is.
  const reordered = Buffer.from(JSON.stringify({ input: { orderId: "o-1" }, steps: ["validate", "store"], name }, null, 2));
  const again = await request.post("/api/workflows", { data: reordered, headers: withKey(key, { "content-type": "application/json" }) });
  expect(again.status()).toBe(201);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(await again.json()).toEqual(await first.json());

  const { workflowId } = (await first.json()) as { workflowId: string };
  await waitForWorkflowStatus(request, workflowId, "completed");
  expect((await listWorkflows(request, { name })).items.map((item) => item.workflowId)).toEqual([workflowId]);
});

test("the same key with another body is a 409 that creates nothing", async ({ request }) => {
  const name = uniqueKey("idem-conflict");
  const key = uniqueKey("key");
  expect((await request.post("/api/workflows", { data: { name, steps: ["store"] }, headers: withKey(key) })).status()).toBe(201);
  const reused = await request.post("/api/workflows", { data: { name: `${name}-other`, steps: ["store"] }, headers: withKey(key) });
  await expectApiError(reused, 409, "conflict");
  expect((await listWorkflows(request, { name: `${name}-other` })).items).toEqual([]);
});

test("concurrent repeats make one workflow, and every one of them answers it", async ({ request }) => {
  const name = uniqueKey("idem-race");
  const key = uniqueKey("key");
  const answers = await Promise.all(Array.from({ length: 8 }, () => request.post("/api/workflows", { data: { name, steps: ["store"] }, headers: withKey(key) })));
  expect(answers.map((answer) => answer.status())).toEqual(Array(8).fill(201));
  const ids = new Set(await Promise.all(answers.map(async (answer) => ((await answer.json()) as { workflowId: string }).workflowId)));
  expect(ids.size).toBe(1);
  expect((await listWorkflows(request, { name })).items).toHaveLength(1);
});

test("keys are each caller's own: another caller's equal key creates its own workflow", async ({ request }) => {
  const name = uniqueKey("idem-callers");
  const key = uniqueKey("key");
  const mine = await request.post("/api/workflows", { data: { name, steps: ["store"] }, headers: withKey(key) });
  const other = await request.post("/api/workflows", { data: { name, steps: ["store"] }, headers: withKey(key, bearer(seededAccess().keys["workflows:write"])) });
  expect([mine.status(), other.status()]).toEqual([201, 201]);
  expect(((await other.json()) as { workflowId: string }).workflowId).not.toBe(((await mine.json()) as { workflowId: string }).workflowId);
});

test("a task creation repeats the same way", async ({ request }) => {
  const key = uniqueKey("key");
  const body = { type: "export", data: { filter: { key: uniqueKey("idem-task") }, format: "json" } };
  const first = await request.post("/api/tasks", { data: body, headers: withKey(key) });
  const again = await request.post("/api/tasks", { data: body, headers: withKey(key) });
  expect([first.status(), again.status()]).toEqual([201, 201]);
  expect(await again.json()).toEqual(await first.json());
  await expectApiError(await request.post("/api/tasks", { data: { ...body, data: { ...body.data, format: "csv" } }, headers: withKey(key) }), 409, "conflict");
});

test("a malformed key is a 400 naming the header, and nothing is created", async ({ request }) => {
  const name = uniqueKey("idem-bad");
  const error = await expectApiError(await request.post("/api/workflows", { data: { name, steps: ["store"] }, headers: withKey("x".repeat(256)) }), 400, "validation_failed");
  expect(error.details?.map((detail) => detail.path)).toEqual(["Idempotency-Key"]);
  expect((await listWorkflows(request, { name })).items).toEqual([]);
});
