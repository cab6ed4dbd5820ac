import { expect, test } from "../support/fixtures";
import { uniqueKey } from "../support/unique";
import { createWorkflow, FAST_RETRY, runWorkflow, waitForWorkflowStatus } from "../support/workflows-api";

test("posts the data as JSON with the idempotency key and adds the answer as `response`", async ({ request, receiver }) => {
  receiver.answer({ status: 201, body: { id: "r-1" } });
  const input = { orderId: uniqueKey("order"), lines: [1, 2] };

  const workflow = await runWorkflow(request, {
    name: uniqueKey("wf-http"),
    input,
    steps: [{ type: "http", url: `${receiver.url}/hook?x=1`, method: "PUT", headers: { "x-signature": "sig-1" } }, "store"],
  });

  expect(workflow.result).toEqual({ ...input, response: { status: 201, body: { id: "r-1" } } });
  expect(receiver.received).toHaveLength(1);
  expect(receiver.received[0]).toMatchObject({ method: "PUT", path: "/hook?x=1", body: input });
  expect(receiver.received[0]!.headers).toMatchObject({
    "content-type": "application/json",
    "idempotency-key": `${workflow.workflowId}:0`,
    "x-signature": "sig-1",
  });
});

test("retries a 5xx, 429 and 408 with the same idempotency key until the receiver answers 2xx", async ({ request, receiver }) => {
  receiver.answer(
    { status: 503, body: { error: "warming up" } },
    { status: 429, body: { error: "slow down" } },
    { status: 408, body: { error: "timeout" } },
    { status: 200, body: "fine" },
  );
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("wf-http-5xx"),
    retry: { ...FAST_RETRY, maxRetries: 5 },
    steps: ["validate", { type: "http", url: receiver.url }, "store"],
  });

  const workflow = await waitForWorkflowStatus(request, workflowId, "completed");

  expect(workflow.steps[1]).toMatchObject({ status: "completed", attempts: 4, error: null });
  // A text answer is kept as text.
  expect(workflow.result).toEqual({ response: { status: 200, body: "fine" } });
  expect(receiver.received.map((call) => call.headers["idempotency-key"])).toEqual(Array(4).fill(`${workflowId}:1`));
});

test("gives up after maxRetries retries of a 5xx: the workflow fails", async ({ request, receiver }) => {
  receiver.answer({ status: 500, body: { error: "down" } });
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("wf-http-down"),
    retry: { ...FAST_RETRY, maxRetries: 2 },
    steps: [{ type: "http", url: receiver.url }],
  });

  const workflow = await waitForWorkflowStatus(request, workflowId, "failed");

  expect(workflow.steps[0]).toMatchObject({ status: "failed", attempts: 3 });
  expect(workflow.error).toMatch(/^step 0 \(http\): .*500/);
  expect(receiver.received).toHaveLength(3);
});

test("does not follow a redirect: the step fails at once, and only the first address is called", async ({ request, receiver }) => {
  receiver.answer({ status: 302, body: "", headers: { location: "http://169.254.169.254/latest/meta-data/" } });
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("wf-http-redirect"),
    retry: { ...FAST_RETRY, maxRetries: 3 },
    steps: [{ type: "http", url: `${receiver.url}/moved` }],
  });

  const workflow = await waitForWorkflowStatus(request, workflowId, "failed");

  expect(workflow.steps[0]).toMatchObject({ status: "failed", attempts: 1 });
  expect(workflow.error).toContain("302: redirects are not followed");
  expect(receiver.received.map((call) => call.path)).toEqual(["/moved"]);
});

test("keeps the first 64 KiB of an oversized answer, marked truncated", async ({ request, receiver }) => {
  receiver.answer({ status: 200, body: "x".repeat(1024 * 1024) });

  const workflow = await runWorkflow(request, { name: uniqueKey("wf-http-huge"), steps: [{ type: "http", url: receiver.url }, "store"] });

  expect(workflow.result).toEqual({ response: { status: 200, body: "x".repeat(64 * 1024), truncated: true } });
});

