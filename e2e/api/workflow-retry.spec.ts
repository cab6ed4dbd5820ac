import { expectApiError } from "../support/api-error";
import { expect, test } from "../support/fixtures";
import { uniqueKey } from "../support/unique";
import {
  createWorkflow,
  FAST_RETRY,
  getWorkflow,
  postRetry,
  retryWorkflow,
  runWorkflow,
  waitForWorkflow,
  waitForWorkflowStatus,
} from "../support/workflows-api";

test("a 400 fails the http step at once; after the receiver is fixed, retry completes the workflow", async ({ request, receiver }) => {
  receiver.answer({ status: 400, body: { error: "bad order" } });
  const input = { orderId: uniqueKey("order") };
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("wf-retry"),
    input,
    // Retries are allowed, so only the 400 itself can explain a single attempt.
    retry: FAST_RETRY,
    steps: ["validate", { type: "http", url: `${receiver.url}/orders` }, { type: "store", key: "delivered" }],
  });

  const failed = await waitForWorkflowStatus(request, workflowId, "failed");
  expect(failed).toMatchObject({ currentStep: "http", currentStepIndex: 1, result: null, completedAt: null });
  expect(failed.error).toMatch(/^step 1 \(http\): .*400/);
  expect(failed.steps.map(({ status, attempts }) => ({ status, attempts }))).toEqual([
    { status: "completed", attempts: 1 },
    { status: "failed", attempts: 1 },
    { status: "pending", attempts: 0 },
  ]);
  expect(failed.steps[1]!.error).toContain("bad order");
  expect(receiver.received).toEqual([expect.objectContaining({ method: "POST", path: "/orders", body: input })]);

  receiver.answer({ status: 200, body: { accepted: true } });
  const retried = await retryWorkflow(request, workflowId);
  expect(retried.workflowId).toBe(workflowId);
  expect(["processing", "completed"]).toContain(retried.status);
  expect(retried.error).toBeNull();

  const completed = await waitForWorkflowStatus(request, workflowId, "completed");
  expect(completed.steps.map(({ status, attempts }) => ({ status, attempts }))).toEqual([
    { status: "completed", attempts: 1 },
    { status: "completed", attempts: 2 },
    { status: "completed", attempts: 1 },
  ]);
  expect(completed.result).toEqual({ delivered: { ...input, response: { status: 200, body: { accepted: true } } } });
  // Both calls carry the same idempotency key, so the receiver could tell the second for a repeat.
  const calls = receiver.received;
  expect(calls.map((call) => call.headers["idempotency-key"])).toEqual([`${workflowId}:1`, `${workflowId}:1`]);
  expect(calls[1]!.body).toEqual(input);
});

test("retry gives the failed step a fresh set of retries", async ({ request, receiver }) => {
  receiver.answer({ status: 500, body: { error: "down" } });
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("wf-retry-fresh"),
    retry: { ...FAST_RETRY, maxRetries: 1 },
    steps: [{ type: "http", url: receiver.url }],
  });
  expect((await waitForWorkflowStatus(request, workflowId, "failed")).steps[0]!.attempts).toBe(2);

  await retryWorkflow(request, workflowId);

  // Attempts count on across runs; the second run has its own retry, so it makes two more.
  const failedAgain = await waitForWorkflow(
    request,
    workflowId,
    (workflow) => workflow.status === "failed" && workflow.steps[0]!.attempts === 4,
    "failed again after 4 attempts",
  );
  expect(failedAgain.steps[0]!.status).toBe("failed");
  expect(receiver.received).toHaveLength(4);
});

test("retrying a workflow that has not failed answers 409 and changes nothing", async ({ request }) => {
  const completed = await runWorkflow(request, { name: uniqueKey("wf-retry-done"), steps: ["store"] });

  await expectApiError(await postRetry(request, completed.workflowId), 409, "conflict");
  expect(await getWorkflow(request, completed.workflowId)).toEqual(completed);
});

test("retrying an unknown or malformed workflow id answers 404", async ({ request }) => {
  for (const id of [crypto.randomUUID(), "not-a-uuid"]) {
    await expectApiError(await postRetry(request, id), 404, "not_found");
  }
});
