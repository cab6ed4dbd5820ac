import { expect, test } from "@playwright/test";
import { UUID } from "../support/events-api";
import { expectApiError } from "../support/api-error";
import { createTask, listTasks, postTask, waitForTaskStatus, type CreatedTask } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";

test("renders an email without SMTP: placeholders filled, escaped in HTML, kept undelivered", async ({ request }) => {
  const subject = uniqueKey("Welcome {{name}}");
  const data = {
    to: "ada@example.com",
    subject,
    text: "Hello {{name}}, you have {{count}} messages. {{unknown}}",
    html: "<p>Hello {{ name }}</p>",
    variables: { name: "<Ada & Co>", count: 3 },
  };

  const response = await postTask(request, { type: "email", data });

  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as CreatedTask;
  expect(created).toEqual({ taskId: expect.stringMatching(UUID), status: "queued", createdAt: expect.any(String) });

  const task = await waitForTaskStatus(request, created.taskId, "completed");
  expect(task).toMatchObject({
    taskId: created.taskId,
    type: "email",
    attempts: 1,
    error: null,
    createdAt: created.createdAt,
    completedAt: expect.any(String),
    retry: { maxRetries: 3, initialDelayMs: 1000, multiplier: 2, maxDelayMs: 300_000 },
  });
  expect(task.result).toEqual({
    delivered: false,
    reason: expect.any(String),
    email: {
      to: ["ada@example.com"],
      from: "streamops@localhost",
      subject: subject.replace("{{name}}", "<Ada & Co>"),
      text: "Hello <Ada & Co>, you have 3 messages. {{unknown}}",
      html: "<p>Hello &lt;Ada &amp; Co&gt;</p>",
    },
  });
});

test("sends to several recipients from the server's sender; maxRetries sets the retry policy", async ({ request }) => {
  const { taskId } = await createTask(request, {
    type: "email",
    maxRetries: 0,
    data: { to: ["a@example.com", "b@example.com"], subject: "Invoice", text: "Attached." },
  });

  const task = await waitForTaskStatus(request, taskId, "completed");

  expect(task.retry.maxRetries).toBe(0);
  expect(task.result).toMatchObject({
    delivered: false,
    email: { to: ["a@example.com", "b@example.com"], from: "streamops@localhost", subject: "Invoice", text: "Attached." },
  });
  expect(task.result!.email).not.toHaveProperty("html");
});

test("refuses a sender chosen by the caller with 400 at data.from, and queues nothing", async ({ request }) => {
  const subject = uniqueKey("Spoofed");
  const response = await postTask(request, { type: "email", data: { to: "a@example.com", from: "ceo@example.com", subject, text: "Pay this." } });

  const error = await expectApiError(response, 400, "validation_failed");

  expect(error.details).toEqual([{ path: "data.from", message: "the sender is set by the server (EMAIL_FROM)" }]);
  const queued = await listTasks(request, { type: "email", limit: 100 });
  expect(queued.items.filter((task) => task.data.subject === subject)).toEqual([]);
});

