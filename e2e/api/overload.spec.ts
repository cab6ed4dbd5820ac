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
const TASKS = 250;
const BURST = WORKFLOWS + TASKS;

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
    const responses = await Promise.all([
      ...Array.from({ length: WORKFLOWS }, (_, index) =>
        request.post("/api/workflows", { data: { name: `${run}-${index}`, steps: ["validate"], priority: "low" }, timeout: 60_000 }),
      ),
      ...Array.from({ length: TASKS }, (_, index) =>
        request.post("/api/tasks", { data: { type: "notification", data: { url: `${receiver.url}/${run}`, payload: { index } } }, timeout: 60_000 }),
      ),
    ]);

    const created: string[] = [];
    const createdTasks: string[] = [];
    const refusals: { retryAfter?: string; code?: string }[] = [];
    const others: string[] = [];
    for (const response of responses) {
      if (response.status() === 201) {
        const body = (await response.json()) as { workflowId?: string; taskId?: string };
        if (body.workflowId) created.push(body.workflowId);
        else createdTasks.push(body.taskId!);
      } else if (response.status() === 503) {
        const body = (await response.json()) as { error?: { code?: string } };
        refusals.push({ retryAfter: response.headers()["retry-after"], code: body.error?.code });
      } else others.push(`${response.status()} ${(await response.text()).slice(0, 200)}`);
    }
    test.info().annotations.push({ type: "answers", description: `${created.length + createdTasks.length} × 201, ${refusals.length} × 503 of ${BURST}` });
    expect(others).toEqual([]);
    expect(created.length).toBeGreaterThan(0);
    expect(createdTasks.length).toBeGreaterThan(0);
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.code).toBe("unavailable");
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
