import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { UUID } from "../support/events-api";
import { uniqueKey } from "../support/unique";
import {
  createWorkflow,
  getWorkflow,
  getWorkflowResponse,
  postWorkflow,
  runWorkflow,
  waitForWorkflowStatus,
} from "../support/workflows-api";

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

test("runs the seed example validate → transform → store to completion, step by step", async ({ request }) => {
  const name = uniqueKey("wf-seed");
  const input = { orderId: "o-1", amount: 42 };

  const response = await postWorkflow(request, { name, steps: ["validate", "transform", "store"], input });

  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as { workflowId: string; status: string; createdAt: string };
  expect(created).toEqual({ workflowId: expect.stringMatching(UUID), status: "pending", createdAt: expect.stringMatching(ISO) });

  const workflow = await waitForWorkflowStatus(request, created.workflowId, "completed");
  expect(workflow).toMatchObject({
    workflowId: created.workflowId,
    name,
    priority: "medium",
    currentStep: null,
    currentStepIndex: 3,
    stepCount: 3,
    input,
    // A bare store keeps the data it is given as the result: here the input, passed on unchanged.
    result: input,
    retry: { maxRetries: 3, initialDelayMs: 1000, multiplier: 2, maxDelayMs: 300_000 },
    error: null,
    createdAt: created.createdAt,
    completedAt: expect.stringMatching(ISO),
  });
  expect(workflow.steps.map(({ index, name: step, status, attempts, error, wakeAt }) => ({ index, step, status, attempts, error, wakeAt }))).toEqual([
    { index: 0, step: "validate", status: "completed", attempts: 1, error: null, wakeAt: null },
    { index: 1, step: "transform", status: "completed", attempts: 1, error: null, wakeAt: null },
    { index: 2, step: "store", status: "completed", attempts: 1, error: null, wakeAt: null },
  ]);
  // Bare names leave with their defaults filled in.
  expect(workflow.steps.map((step) => step.options)).toEqual([{ schema: { type: "object" } }, { map: {}, set: {}, keep: true }, {}]);

  // Each step ran after the one before it, and the workflow completed once the last had.
  const times = workflow.steps.flatMap((step) => [step.startedAt!, step.finishedAt!]);
  expect(times.every((time) => ISO.test(time))).toBe(true);
  expect(times.map(Date.parse)).toEqual([...times.map(Date.parse)].sort((a, b) => a - b));
  expect(Date.parse(workflow.completedAt!)).toBeGreaterThanOrEqual(Date.parse(times.at(-1)!));
  expect(Date.parse(times[0]!)).toBeGreaterThanOrEqual(Date.parse(created.createdAt));
});

test("transform's map and set reach the result through store, under its key", async ({ request }) => {
  const workflow = await runWorkflow(request, {
    name: uniqueKey("wf-transform"),
    input: { order: { id: "o-7", customer: { email: "ada@example.com" } }, note: "dropped" },
    steps: [
      { type: "transform", keep: false, map: { "customer.contact": "order.customer.email", orderId: "order.id", absent: "no.such.path" }, set: { "flags.vip": true } },
      { type: "store", key: "summary" },
    ],
    priority: "high",
    metadata: { team: "billing" },
  });

  expect(workflow.result).toEqual({
    summary: { customer: { contact: "ada@example.com" }, orderId: "o-7", flags: { vip: true } },
  });
  expect(workflow).toMatchObject({ priority: "high", metadata: { team: "billing" }, status: "completed" });
});

test("results of several store steps are merged", async ({ request }) => {
  const workflow = await runWorkflow(request, {
    name: uniqueKey("wf-stores"),
    input: { n: 1 },
    steps: [{ type: "store", key: "before" }, { type: "transform", set: { n: 2 } }, { type: "store", key: "after" }],
  });

  expect(workflow.result).toEqual({ before: { n: 1 }, after: { n: 2 } });
});

test("a delay step holds the workflow for its ms, then the next step runs", async ({ request }) => {
  const workflow = await runWorkflow(request, { name: uniqueKey("wf-delay"), steps: [{ type: "delay", ms: 500 }, "store"] });

  const [delay, store] = workflow.steps;
  expect(delay).toMatchObject({ status: "completed", attempts: 1, options: { ms: 500 } });
  expect(Date.parse(delay!.finishedAt!) - Date.parse(delay!.startedAt!)).toBeGreaterThanOrEqual(500);
  expect(Date.parse(store!.startedAt!)).toBeGreaterThanOrEqual(Date.parse(delay!.finishedAt!));
});

test("a validate step whose schema the data fails fails the workflow at once, without retries", async ({ request }) => {
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("wf-invalid-data"),
    input: { amount: "ten" },
    steps: [{ type: "validate", schema: { type: "object", properties: { amount: { type: "number" } }, required: ["amount"] } }, "store"],
  });

  const workflow = await waitForWorkflowStatus(request, workflowId, "failed");

  expect(workflow).toMatchObject({ currentStep: "validate", currentStepIndex: 0, result: null, completedAt: null });
  expect(workflow.error).toMatch(/^step 0 \(validate\): .*amount/);
  expect(workflow.steps.map(({ status, attempts }) => ({ status, attempts }))).toEqual([
    { status: "failed", attempts: 1 },
    { status: "pending", attempts: 0 },
  ]);
  expect(workflow.steps[0]!.error).toContain("does not match the schema");
});

test("answers 404 not_found for an unknown or malformed workflow id", async ({ request }) => {
  for (const id of [crypto.randomUUID(), "not-a-uuid"]) {
    await expectApiError(await getWorkflowResponse(request, id), 404, "not_found");
  }
  // And a known one is found, so the 404 above is about the id.
  const { workflowId } = await createWorkflow(request, { name: uniqueKey("wf-known"), steps: ["store"] });
  expect((await getWorkflow(request, workflowId)).workflowId).toBe(workflowId);
});
