import { expectApiError } from "../support/api-error";
import { expect, test } from "../support/fixtures";
import { listTasks, postTask } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";
import {
  cancelWorkflow,
  createWorkflow,
  getWorkflow,
  listWorkflows,
  LONG_DELAY,
  postCancel,
  postRetry,
  postWorkflow,
  waitForWorkflow,
  waitForWorkflowStatus,
} from "../support/workflows-api";

/*
 * These run against the second web app, whose Kafka never acknowledges (publish timeout 1.5 s).
 * It shares the database with the first, so a row it wrongly kept would show there.
 */

test("POST /api/workflows answers 503 with Retry-After and stores nothing", async ({ brokerless, request }) => {
  const name = uniqueKey("wf-lost");

  const response = await postWorkflow(brokerless, { name, steps: ["validate", "store"] });

  await expectApiError(response, 503, "unavailable");
  expect(response.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
  expect(await listWorkflows(request, { name })).toEqual({ items: [], nextCursor: null });
  expect(await listWorkflows(brokerless, { name })).toEqual({ items: [], nextCursor: null });
});

test("POST /api/tasks answers 503 with Retry-After and stores nothing", async ({ brokerless, request }) => {
  const subject = uniqueKey("task-lost");
  const before = new Date(Date.now() - 1000).toISOString();

  const response = await postTask(brokerless, { type: "email", data: { to: "ops@example.com", subject, text: "t" } });

  await expectApiError(response, 503, "unavailable");
  expect(response.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
  const { items } = await listTasks(request, { type: "email", from: before, limit: 500 });
  expect(items.filter((task) => task.data.subject === subject)).toEqual([]);
});

test("cancel answers 503 when Kafka does not acknowledge, and the workflow keeps running", async ({ brokerless, request }) => {
  const { workflowId } = await createWorkflow(request, { name: uniqueKey("wf-cancel-lost"), steps: [LONG_DELAY] });
  const waiting = await waitForWorkflow(request, workflowId, (workflow) => workflow.steps[0]!.status === "waiting", "waiting in its delay");

  await expectApiError(await postCancel(brokerless, workflowId), 503, "unavailable");

  expect(await getWorkflow(request, workflowId)).toEqual(waiting);
  // With Kafka, the same cancel goes through.
  expect((await cancelWorkflow(request, workflowId)).status).toBe("cancelled");
});

test("retry answers 503 when Kafka does not acknowledge, and the workflow stays failed", async ({ brokerless, request, receiver }) => {
  receiver.answer({ status: 400, body: { error: "no" } });
  const { workflowId } = await createWorkflow(request, { name: uniqueKey("wf-retry-lost"), steps: [{ type: "http", url: receiver.url }] });
  await waitForWorkflowStatus(request, workflowId, "failed");
  // The step's dead letter is stored just after the workflow fails: wait for it, so nothing changes below but the retry.
  const failed = await waitForWorkflow(request, workflowId, (workflow) => (workflow as unknown as { deadLetters: unknown[] }).deadLetters.length === 1, "dead-lettered");

  await expectApiError(await postRetry(brokerless, workflowId), 503, "unavailable");

  expect(await getWorkflow(request, workflowId)).toEqual(failed);
  expect(receiver.received).toHaveLength(1);
});
