import { and, count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { workflowStepAttempts, workflowSteps, workflows } from "../../drizzle/schema";
import { jobClient } from "./support/jobs";
import { createIsolatedTopics } from "./support/kafka";
import { startReceiver } from "./support/receiver";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker } from "./support/worker-process";

const isolated = isolatedEnv("wf-crash");
const client = jobClient(isolated);
const { db } = client;

const WORKFLOWS = 30;
const STEPS = 5;

describe("worker killed with SIGKILL mid-workflow", () => {
  it("resumes every workflow at the step it was on and completes each step once", async () => {
    await createIsolatedTopics(isolated);
    const receiver = await startReceiver(200, { delayMs: 150 });
    const slowStep = { type: "http", url: receiver.url("/slow") };
    const created = await Promise.all(
      Array.from({ length: WORKFLOWS }, (_, index) =>
        client.createWorkflow({ name: `crash ${index}`, steps: ["validate", slowStep, "transform", slowStep, "store"] }),
      ),
    );
    const ids = created.map((workflow) => workflow.workflowId);
    const completedSteps = async () =>
      (await db.select({ n: count() }).from(workflowSteps).where(and(inArray(workflowSteps.workflowId, ids), eq(workflowSteps.status, "completed"))))[0]!.n;

    const HTTP = { HTTP_ALLOWED_HOSTS: "127.0.0.1" };
    const first = await startWorker(isolated, HTTP);
    const atKill = await waitFor("some steps done", async () => {
      const done = await completedSteps();
      return done >= WORKFLOWS ? done : undefined;
    }, { everyMs: 10 });
    first.child.kill("SIGKILL");
    await first.exited;
    expect(atKill).toBeLessThan(WORKFLOWS * STEPS);

    const second = await startWorker(isolated, HTTP);
    await waitFor("every workflow completed", async () => {
      const rows = await db.select({ status: workflows.status }).from(workflows).where(inArray(workflows.id, ids));
      return rows.every((row) => row.status === "completed") ? true : undefined;
    }, { timeoutMs: 60_000 });
    second.child.kill("SIGTERM");
    await second.exited;

    const completions = await db
      .select({ workflowId: workflowStepAttempts.workflowId, stepIndex: workflowStepAttempts.stepIndex, n: count() })
      .from(workflowStepAttempts)
      .where(and(inArray(workflowStepAttempts.workflowId, ids), eq(workflowStepAttempts.outcome, "completed")))
      .groupBy(workflowStepAttempts.workflowId, workflowStepAttempts.stepIndex);
    expect(completions).toHaveLength(WORKFLOWS * STEPS);
    expect(completions.every((step) => step.n === 1)).toBe(true);
    // Steps cut off by the kill ran again under the same idempotency key, which is how a receiver spots the repeat.
    const keys = new Set(receiver.received.map((call) => call.headers["idempotency-key"]));
    expect(keys.size).toBe(WORKFLOWS * 2);
    expect(second.logs()).not.toMatch(/"level":(50|60)|"level":"(error|fatal)"/);
  });
});
