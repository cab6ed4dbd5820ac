import type { APIResponse } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expect, test } from "../support/fixtures";
import { withDatabase } from "../support/database";
import { sessionContext } from "../support/identities";
import { uniqueKey } from "../support/unique";
import { startOwnWebApp } from "../support/web-process";

/**
 * Far more creations at once than one web process runs (64 at a time, 256 queued for a second):
 * the excess must be refused fast with 503 and Retry-After, never a 500 from a database pool
 * waiting out its timeout, and what was accepted must all run. On a web app of its own, so its
 * refusals reach no other spec.
 */
const WORKFLOWS = 1000;
const TASKS = 500;
const BURST = WORKFLOWS + TASKS;

type Answer = { status: number; retryAfter?: string; text: string; body: { workflowId?: string; taskId?: string; error?: { code?: string } } };

/** Sends `count` requests at once and reads each answer as it arrives (its context may be gone after). */
const burst = (count: number, post: (index: number) => Promise<APIResponse>) =>
  Promise.all(
    Array.from({ length: count }, async (_, index): Promise<Answer> => {
      const response = await post(index);
      const text = await response.text();
      const body = response.headers()["content-type"]?.includes("json") ? (JSON.parse(text) as Answer["body"]) : {};
      return { status: response.status(), retryAfter: response.headers()["retry-after"], text, body };
    }),
  );

test("creation far past its capacity answers only 201 or 503 with Retry-After, and every 201 completes", async ({ playwright, receiver }) => {
  test.setTimeout(180_000);
  // The tasks notify the test's own receiver, on this machine: opted in as the suite's servers do.
  const app = await startOwnWebApp(e2eEnv().port + 3, {
    HTTP_ALLOWED_HOSTS: "127.0.0.1",
    HTTP_ALLOWED_PORTS: "80,443,1024-65535",
    HTTP_ALLOWED_PRIVATE_RANGES: "127.0.0.0/8",
  });
  const request = await sessionContext(playwright, "admin", app.baseUrl);
  try {
    const run = uniqueKey("overload");
    // Two bursts, one after the other, so each kind gets its share of the room; the second on fresh
    // connections, since the server closes the first burst's idle ones (keep-alive) as it likes.
    const answers = await burst(WORKFLOWS, (index) =>
      request.post("/api/workflows", { data: { name: `${run}-${index}`, steps: ["validate"], priority: "low" }, timeout: 60_000 }),
    );
    const taskRequest = await sessionContext(playwright, "admin", app.baseUrl);
    try {
      answers.push(
        ...(await burst(TASKS, (index) =>
          taskRequest.post("/api/tasks", { data: { type: "notification", data: { url: `${receiver.url}/${run}`, payload: { index } } }, timeout: 60_000 }),
        )),
      );
    } finally {
      await taskRequest.dispose();
    }
    const created = answers.flatMap((answer) => (answer.status === 201 && answer.body.workflowId ? [answer.body.workflowId] : []));
    const createdTasks = answers.flatMap((answer) => (answer.status === 201 && answer.body.taskId ? [answer.body.taskId] : []));
    const refusals = answers.filter((answer) => answer.status === 503);
    const others = answers.filter((answer) => answer.status !== 201 && answer.status !== 503).map((answer) => `${answer.status} ${answer.text.slice(0, 200)}`);
    test.info().annotations.push({ type: "answers", description: `${created.length + createdTasks.length} × 201, ${refusals.length} × 503 of ${BURST}` });
    expect(others).toEqual([]);
    expect(created.length).toBeGreaterThan(0);
    expect(createdTasks.length).toBeGreaterThan(0);
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.body.error?.code).toBe("unavailable");
      expect(refusal.retryAfter).toMatch(/^[1-9]\d*$/);
    }
    expect(app.output()).not.toContain("unhandled error in route");

    // Exactly the accepted workflows exist (a refusal left nothing behind), and each of them completes.
    await expect
      .poll(
        () =>
          withDatabase(async (client) => {
            const { rows } = await client.query<{ id: string; status: string }>("select id, status from workflows where name like $1", [`${run}-%`]);
            const stored = new Set(rows.map((row) => row.id));
            if (stored.size !== created.length || created.some((id) => !stored.has(id))) return `stored ${stored.size}, created ${created.length}`;
            return rows.filter((row) => row.status !== "completed").length;
          }),
        { message: "every created workflow should complete", timeout: 120_000, intervals: [1000] },
      )
      .toBe(0);
    // Likewise for tasks: exactly the accepted ones exist, and each ran and completed.
    await expect
      .poll(
        () =>
          withDatabase(async (client) => {
            const { rows } = await client.query<{ id: string; status: string }>("select id, status from tasks where data->>'url' = $1", [`${receiver.url}/${run}`]);
            const stored = new Set(rows.map((row) => row.id));
            if (stored.size !== createdTasks.length || createdTasks.some((id) => !stored.has(id))) return `stored ${stored.size}, created ${createdTasks.length}`;
            return rows.filter((row) => row.status !== "completed").length;
          }),
        { message: "every created task should complete", timeout: 120_000, intervals: [1000] },
      )
      .toBe(0);
  } finally {
    await request.dispose();
    await app.stop();
  }
});
