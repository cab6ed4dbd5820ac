import { expect, test } from "../support/fixtures";
import { createTask, runTask, waitForTaskStatus } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";

test("POSTs the payload to the webhook with the task id as idempotency key and keeps the answer", async ({ request, receiver }) => {
  receiver.answer({ status: 202, body: { received: true } });
  const payload = { orderId: uniqueKey("order"), items: [{ sku: "a", qty: 2 }] };

  const task = await runTask(request, {
    type: "notification",
    data: { url: `${receiver.url}/notify`, payload, headers: { "x-signature": "sig-9" } },
  });

  expect(task).toMatchObject({ type: "notification", attempts: 1, error: null, result: { response: { status: 202, body: { received: true } } } });
  expect(receiver.received).toHaveLength(1);
  expect(receiver.received[0]).toMatchObject({ method: "POST", path: "/notify", body: payload });
  expect(receiver.received[0]!.headers).toMatchObject({
    "content-type": "application/json",
    "idempotency-key": task.taskId,
    "x-signature": "sig-9",
  });
});

test("retries a 5xx with the same idempotency key", async ({ request, receiver }) => {
  receiver.answer({ status: 500, body: { error: "restarting" } }, { status: 200, body: { received: true } });

  const task = await runTask(request, {
    type: "notification",
    retry: { initialDelayMs: 10, maxDelayMs: 10 },
    data: { url: receiver.url, payload: { n: 1 } },
  });

  expect(task).toMatchObject({ attempts: 2, result: { response: { status: 200, body: { received: true } } } });
  expect(receiver.received.map((call) => call.headers["idempotency-key"])).toEqual([task.taskId, task.taskId]);
});

test("gives up after maxRetries retries: the task fails", async ({ request, receiver }) => {
  receiver.answer({ status: 502, body: { error: "bad gateway" } });
  const { taskId } = await createTask(request, {
    type: "notification",
    maxRetries: 1,
    retry: { maxRetries: 5, initialDelayMs: 10, maxDelayMs: 10 },
    data: { url: receiver.url },
  });

  const task = await waitForTaskStatus(request, taskId, "failed");

  // The maxRetries shorthand wins over retry.maxRetries.
  expect(task).toMatchObject({ attempts: 2, retry: { maxRetries: 1 }, result: null });
  expect(task.error).toContain("502");
  expect(receiver.received).toHaveLength(2);
});

test("a 4xx fails the task at once, without retries", async ({ request, receiver }) => {
  receiver.answer({ status: 404, body: { error: "no such hook" } });
  const { taskId } = await createTask(request, {
    type: "notification",
    retry: { maxRetries: 3, initialDelayMs: 10, maxDelayMs: 10 },
    data: { url: receiver.url },
  });

  const task = await waitForTaskStatus(request, taskId, "failed");

  expect(task).toMatchObject({ attempts: 1, result: null, completedAt: null });
  expect(task.error).toContain("404");
  expect(receiver.received).toHaveLength(1);
  // Without a payload the webhook gets an empty object.
  expect(receiver.received[0]!.body).toEqual({});
});
