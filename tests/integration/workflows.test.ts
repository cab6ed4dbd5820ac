import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadLetters, workflowStepAttempts } from "../../drizzle/schema";
import { DLQ_HEADER } from "../../lib/topics/dead-letters";
import { replayDeadLetter } from "../../lib/dead-letters";
import { jobClient } from "./support/jobs";
import { readTopic, testKafka } from "./support/kafka";
import { startReceiver } from "./support/receiver";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker, type WorkerProcess } from "./support/worker-process";
import { testActor } from "./support/test-actor";

const isolated = isolatedEnv("workflows");
const client = jobClient(isolated);
const { db } = client;
let worker: WorkerProcess;

beforeAll(async () => {
  worker = await startWorker(isolated, { HTTP_ALLOWED_HOSTS: "127.0.0.1" });
});
afterAll(() => worker.child.kill("SIGTERM"));

const replay = (id: string) => replayDeadLetter({ db, producer: client.deps.producer, maxReplays: 5 }, id, {}, testActor);

const attemptsOf = (workflowId: string, stepIndex: number) =>
  db
    .select()
    .from(workflowStepAttempts)
    .where(and(eq(workflowStepAttempts.workflowId, workflowId), eq(workflowStepAttempts.stepIndex, stepIndex)))
    .orderBy(asc(workflowStepAttempts.attempt));

const letterFor = (workflowId: string) =>
  waitFor(`dead letter of ${workflowId}`, async () => {
    const [letter] = await db.select().from(deadLetters).where(eq(deadLetters.key, workflowId));
    return letter?.status === "pending" ? letter : undefined;
  });

describe("workflows", () => {
  it("runs the seed's three steps in order, reports each, and announces its lifecycle", async () => {
    const { workflowId, status } = await client.createWorkflow({
      name: "Data Processing Pipeline",
      steps: ["validate", { type: "transform", map: { "customer.id": "userId" } }, "store"],
      priority: "high",
      input: { userId: "u-1" },
    });
    expect(status).toBe("pending");
    const done = await client.workflowIn(workflowId, ["completed"]);
    expect(done.steps.map((step) => [step.name, step.status, step.attempts])).toEqual([
      ["validate", "completed", 1],
      ["transform", "completed", 1],
      ["store", "completed", 1],
    ]);
    expect(done.result).toEqual({ userId: "u-1", customer: { id: "u-1" } });
    for (const [earlier, later] of [[0, 1], [1, 2]] as const) {
      expect(done.steps[later]!.startedAt! >= done.steps[earlier]!.finishedAt!).toBe(true);
    }

    const records = await readTopic(testKafka(isolated.brokers), isolated.topics.workflows, 6);
    const types = records
      .filter((record) => record.key?.toString() === workflowId)
      .map((record) => JSON.parse(record.value!.toString()).eventType as string);
    expect(types).toEqual([
      "workflow.created",
      "workflow.processing",
      "workflow.step.completed",
      "workflow.step.completed",
      "workflow.step.completed",
      "workflow.completed",
    ]);
  });

  it("retries a failing step with growing delays, dead-letters it, and completes it once replayed after a fix", async () => {
    const receiver = await startReceiver(503);
    const { workflowId } = await client.createWorkflow({
      name: "flaky dependency",
      steps: ["validate", { type: "http", url: receiver.url("/flaky") }, "store"],
      retry: { maxRetries: 3, initialDelayMs: 400, multiplier: 3 },
    });
    const failed = await client.workflowIn(workflowId, ["failed"]);
    expect(failed.steps[1]).toMatchObject({ status: "failed", attempts: 4 });
    expect(failed.steps[2]!.status).toBe("pending");
    expect(failed.error).toMatch(/503/);

    // Equal jitter with ×3 keeps the bands apart: [200, 400], [600, 1200], [1800, 3600] ms.
    const calls = receiver.received.filter((call) => call.path === "/flaky").map((call) => call.at);
    expect(calls).toHaveLength(4);
    const gaps = calls.slice(1).map((at, index) => at - calls[index]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(200);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]).toBeGreaterThan(gaps[1]!);
    expect((await attemptsOf(workflowId, 1)).map((attempt) => attempt.outcome)).toEqual(["failed", "failed", "failed", "failed"]);

    const letter = await letterFor(workflowId);
    expect(letter.topic).toBe(isolated.topics.workflowSteps.medium);
    expect(letter.attempts).toBe(4);
    expect(letter.errorMessage).toMatch(/503/);
    const [record] = (await readTopic(testKafka(isolated.brokers), isolated.topics.deadLetters, 1)).filter(
      (one) => one.key?.toString() === workflowId,
    );
    const header = (name: string) => record!.headers![name]!.toString();
    expect(header(DLQ_HEADER.originalTopic)).toBe(isolated.topics.workflowSteps.medium);
    expect(header(DLQ_HEADER.attempts)).toBe("4");
    expect(header(DLQ_HEADER.errorClass)).toBe("HttpCallError");
    expect(Date.parse(header(DLQ_HEADER.lastFailedAt)) - Date.parse(header(DLQ_HEADER.firstFailedAt))).toBeGreaterThan(2000);

    receiver.answer(200);
    await replay(letter.id);
    const completed = await client.workflowIn(workflowId, ["completed"]);
    expect(completed.steps.map((step) => step.status)).toEqual(["completed", "completed", "completed"]);
    expect(completed.steps[1]!.attempts).toBe(5);
    expect(receiver.received.filter((call) => call.path === "/flaky")).toHaveLength(5);
    // The same idempotency key on every attempt of the step.
    expect(new Set(receiver.received.map((call) => call.headers["idempotency-key"]))).toEqual(new Set([`${workflowId}:1`]));
  });

  it("re-executes a dead-lettered step once when two replays race", async () => {
    const receiver = await startReceiver(422);
    const { workflowId } = await client.createWorkflow({
      name: "refused once",
      steps: [{ type: "http", url: receiver.url("/refusing") }],
    });
    const failed = await client.workflowIn(workflowId, ["failed"]);
    // A 4xx is the request's fault: no retries.
    expect(failed.steps[0]!.attempts).toBe(1);
    const letter = await letterFor(workflowId);

    receiver.answer(200);
    const outcomes = await Promise.allSettled([replay(letter.id), replay(letter.id)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    await client.workflowIn(workflowId, ["completed"]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received).toHaveLength(2);
  });

  it("sleeps a delay step without holding its partition", async () => {
    const slow = await client.createWorkflow({ name: "sleeper", steps: [{ type: "delay", ms: 3000 }, "store"], priority: "low" });
    await waitFor("the delay step to sleep", async () => {
      const workflow = await client.workflowIn(slow.workflowId, ["processing"]);
      return workflow.steps[0]!.status === "waiting" ? true : undefined;
    });
    const quick = await Promise.all(
      Array.from({ length: 12 }, (_, index) => client.createWorkflow({ name: `quick ${index}`, steps: ["validate", "store"], priority: "low" })),
    );
    for (const { workflowId } of quick) await client.workflowIn(workflowId, ["completed"]);
    expect((await client.workflowIn(slow.workflowId, ["processing", "completed"])).status).toBe("processing");
    const done = await client.workflowIn(slow.workflowId, ["completed"]);
    const slept = Date.parse(done.steps[0]!.finishedAt!) - Date.parse(done.steps[0]!.startedAt!);
    expect(slept).toBeGreaterThanOrEqual(3000);
  });
});
