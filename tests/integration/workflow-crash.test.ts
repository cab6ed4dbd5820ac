import type { KafkaMessage } from "kafkajs";
import { and, count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tasks, workflowStepAttempts, workflowSteps, workflows } from "../../drizzle/schema";
import { expectEachCompletedOnce } from "./support/completed-once";
import { jobClient } from "./support/jobs";
import { createIsolatedTopics, testKafka } from "./support/kafka";
import { readUntil } from "./support/read-all";
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

const KILLS = 4;
const isolatedMany = isolatedEnv("wf-crash-many");
const manyClient = jobClient(isolatedMany);
const MANY_WORKFLOWS = 80;
const MANY_TASKS = 60;

describe("worker killed with SIGKILL again and again while workflows and tasks run", () => {
  it("skips nothing and runs nothing twice", async () => {
    const isolated = isolatedMany;
    const client = manyClient;
    await createIsolatedTopics(isolated);
    const receiver = await startReceiver(200, { delayMs: 300 });
    const workflowIds = (
      await Promise.all(
        Array.from({ length: MANY_WORKFLOWS }, (_, n) =>
          client.createWorkflow({
            name: `crash many ${n}`,
            steps: ["validate", { type: "transform", map: { "out.n": "n" } }, { type: "http", url: receiver.url("/step") }, "store"],
            input: { n },
          }),
        ),
      )
    ).map((workflow) => workflow.workflowId);
    const taskIds = (
      await Promise.all(Array.from({ length: MANY_TASKS }, (_, n) => client.createTask({ type: "notification", data: { url: receiver.url("/task"), payload: { n } } })))
    ).map((task) => task.taskId);
    const STEPS_EACH = 4;
    const steps = MANY_WORKFLOWS * STEPS_EACH;
    const finished = async () => {
      const [doneSteps] = await db.select({ n: count() }).from(workflowSteps).where(and(inArray(workflowSteps.workflowId, workflowIds), eq(workflowSteps.status, "completed")));
      const [doneTasks] = await db.select({ n: count() }).from(tasks).where(and(inArray(tasks.id, taskIds), eq(tasks.status, "completed")));
      return doneSteps!.n + doneTasks!.n;
    };
    const total = steps + MANY_TASKS;

    const HTTP = { HTTP_ALLOWED_HOSTS: "127.0.0.1" };
    // Each kill lands at a random point of its own slice of the work, so every kill cuts real work.
    for (let kill = 0; kill < KILLS; kill++) {
      const worker = await startWorker(isolated, HTTP);
      const target = Math.floor(((kill + Math.random()) / (KILLS + 1)) * total);
      await waitFor(`${target} of ${total} done`, async () => ((await finished()) >= target ? true : undefined), { timeoutMs: 120_000, everyMs: 10 });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
      worker.child.kill("SIGKILL");
      await worker.exited;
    }
    expect(await finished()).toBeLessThan(total);

    const last = await startWorker(isolated, HTTP);
    await waitFor("every workflow and task completed", async () => ((await finished()) === total ? true : undefined), { timeoutMs: 180_000 });
    last.child.kill("SIGTERM");
    await last.exited;

    // Nothing skipped, outputs chained from step to step; each step completed once, in its first
    // attempt (a run cut off by a kill resumes the same attempt); each task too.
    await expectEachCompletedOnce(db, workflowIds, STEPS_EACH);
    const stepAttempts = await db.select({ attempts: workflowSteps.attempts }).from(workflowSteps).where(inArray(workflowSteps.workflowId, workflowIds));
    expect(stepAttempts.every((step) => step.attempts === 1)).toBe(true);
    const taskRows = await db.select({ status: tasks.status, attempts: tasks.attempts }).from(tasks).where(inArray(tasks.id, taskIds));
    expect(taskRows.every((task) => task.status === "completed" && task.attempts === 1)).toBe(true);
    // A call cut off by a kill is repeated under the same idempotency key, at most once per kill.
    const calls = new Map<string, number>();
    for (const call of receiver.received) calls.set(String(call.headers["idempotency-key"]), (calls.get(String(call.headers["idempotency-key"])) ?? 0) + 1);
    expect(calls.size).toBe(MANY_WORKFLOWS + MANY_TASKS);
    expect([...calls.values()].every((times) => times <= 1 + KILLS)).toBe(true);

    // Each workflow announced its completion as one event: a republish after a kill has the same id.
    const completedIds = new Map<string, Set<string>>();
    const tally = (records: KafkaMessage[]) => {
      for (const record of records.splice(0)) {
        const envelope = JSON.parse(record.value!.toString()) as { eventId: string; eventType: string; payload: { workflowId: string } };
        if (envelope.eventType !== "workflow.completed") continue;
        const ids = completedIds.get(envelope.payload.workflowId) ?? new Set<string>();
        completedIds.set(envelope.payload.workflowId, ids.add(envelope.eventId));
      }
      return completedIds.size >= MANY_WORKFLOWS;
    };
    tally(await readUntil(testKafka(isolated.brokers), isolated.topics.workflows, tally));
    expect(completedIds.size).toBe(MANY_WORKFLOWS);
    expect([...completedIds.values()].every((ids) => ids.size === 1)).toBe(true);
  });
});
