import type { APIRequestContext, APIResponse } from "@playwright/test";
import { withDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { getTaskResponse, postTask, waitForTaskStatus } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";
import { getWorkflowResponse, postWorkflow, waitForWorkflowStatus } from "../support/workflows-api";

/**
 * A creation answers 201 only once Kafka has the job's record and the job is stored: the API
 * publishes first and stores after, and the worker may materialise the job from the record before
 * the API's own store lands; either way the job is readable the moment the 201 arrives, and its
 * creation is audited once.
 */
const WORKFLOWS = 40;
const TASKS = 20;

type Created = { kind: "workflow" | "task"; id: string; read: number };

async function createThenRead(post: () => Promise<APIResponse>, kind: Created["kind"], read: (id: string) => Promise<APIResponse>): Promise<Created | null> {
  const response = await post();
  if (response.status() === 503) {
    // The gate may refuse on a busy machine: that is back-pressure, and it must say when to retry.
    expect(response.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
    return null;
  }
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { workflowId?: string; taskId?: string };
  const id = (body.workflowId ?? body.taskId)!;
  return { kind, id, read: (await read(id)).status() };
}

const auditedOnce = (ids: string[]) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ target_id: string; n: number }>(
      "select target_id, count(*)::int as n from audit_log where action in ('workflow.create', 'task.create') and target_id = any($1) group by target_id",
      [ids],
    );
    return Object.fromEntries(rows.map((row) => [row.target_id, row.n]));
  });

test("a read right after each 201 of a burst of concurrent creations finds the job, and each creation is audited once", async ({ request, receiver }) => {
  const name = uniqueKey("accept-burst");
  const workflow = (index: number) => () => postWorkflow(request, { name: `${name}-${index}`, steps: ["validate", "store"], input: { index } });
  const task = (index: number) => () => postTask(request, { type: "notification", data: { url: receiver.url, payload: { index } } });
  const results = await Promise.all([
    ...Array.from({ length: WORKFLOWS }, (_, index) => createThenRead(workflow(index), "workflow", (id) => getWorkflowResponse(request, id))),
    ...Array.from({ length: TASKS }, (_, index) => createThenRead(task(index), "task", (id) => getTaskResponse(request, id))),
  ]);
  const created = results.filter((result): result is Created => result !== null);

  expect(created.length).toBeGreaterThan(0);
  expect(created.filter((result) => result.read !== 200)).toEqual([]);
  const ids = created.map((result) => result.id);
  expect(await auditedOnce(ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
  await completeAll(request, created);
});

test("a job created with an Idempotency-Key is readable right after its 201 and after its replay", async ({ request }) => {
  const key = uniqueKey("accept-key");
  const body = { name: uniqueKey("accept-keyed"), steps: ["store"] };
  const first = await request.post("/api/workflows", { data: body, headers: { "idempotency-key": key } });
  expect(first.status(), await first.text()).toBe(201);
  const { workflowId } = (await first.json()) as { workflowId: string };
  expect((await getWorkflowResponse(request, workflowId)).status()).toBe(200);

  const again = await request.post("/api/workflows", { data: body, headers: { "idempotency-key": key } });
  expect(again.status()).toBe(201);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(await auditedOnce([workflowId])).toEqual({ [workflowId]: 1 });
});

async function completeAll(request: APIRequestContext, created: Created[]) {
  for (const { kind, id } of created) {
    if (kind === "workflow") await waitForWorkflowStatus(request, id, "completed");
    else await waitForTaskStatus(request, id, "completed");
  }
}
