import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadLetters } from "../../drizzle/schema";
import { createWorkflow } from "../../lib/workflows";
import type { NewWorkflowSpec } from "../../lib/workflows/schemas";
import { PROTOTYPE_CANARY } from "../../e2e/support/prototype-canary";
import { jobClient } from "./support/jobs";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { testActor } from "./support/test-actor";
import { startWorker, type WorkerProcess } from "./support/worker-process";

const isolated = isolatedEnv("hostile-workflows");
const client = jobClient(isolated);
let worker: WorkerProcess;

beforeAll(async () => {
  worker = await startWorker(isolated);
});
afterAll(() => worker.child.kill("SIGTERM"));

async function expectNormalWorkflowCompletes(timeoutMs = 10_000) {
  const { steps, input, result } = PROTOTYPE_CANARY;
  const { workflowId } = await client.createWorkflow({ name: "normal", priority: "high", steps, input });
  const done = await client.workflowIn(workflowId, ["completed"], timeoutMs);
  expect(done.result).toEqual(result);
}

/** Stores and publishes a spec as given, as a record already on the topic would arrive: no API check. */
const createUnchecked = (spec: Pick<NewWorkflowSpec, "name" | "steps">) =>
  createWorkflow(
    client.deps,
    { priority: "high", retry: { maxRetries: 2, initialDelayMs: 100, multiplier: 2, maxDelayMs: 1000 }, input: {}, ...spec },
    { requestId: "hostile-workflows", actor: testActor },
  );

describe("hostile workflows", () => {
  it("the worker runs with the __proto__ accessor disabled", () => {
    expect(worker.logs()).toContain('"protoAccessorDisabled":true');
  });

  it("a transform writing through __proto__ that bypassed the API fails alone, and the worker stays clean", async () => {
    const polluting = await createUnchecked({
      name: "polluting",
      steps: [
        { type: "transform", options: { map: {}, set: { "__proto__.polluted": true, "constructor.prototype.polluted": true }, keep: true } },
        { type: "store", options: {} },
      ],
    });
    const failed = await client.workflowIn(polluting.workflowId, ["failed"]);
    expect(failed.steps[0]!.error).toMatch(/^InvalidData: .*Invalid key in record/);
    await expectNormalWorkflowCompletes();
  });

  it("a catastrophic pattern is checked in linear time while other workflows go on", async () => {
    const { workflowId } = await client.createWorkflow({
      name: "redos",
      steps: [{ type: "validate", schema: { type: "object", properties: { name: { type: "string", pattern: "^(a+)+$" } } } }],
      input: { name: `${"a".repeat(40)}!` },
    });
    await expectNormalWorkflowCompletes();
    const failed = await client.workflowIn(workflowId, ["failed"]);
    expect(failed.steps[0]!.error).toMatch(/must match pattern/);
  });

  it("a schema check over its time budget fails its step without retries and dead-letters it", async () => {
    const { workflowId } = await client.createWorkflow({
      name: "quadratic",
      steps: [{ type: "validate", schema: { type: "object", properties: { items: { type: "array", uniqueItems: true } } } }],
      input: { items: Array.from({ length: 50_000 }, (_, i) => ({ i })) },
      retry: { maxRetries: 3, initialDelayMs: 100, multiplier: 2 },
    });
    await expectNormalWorkflowCompletes();
    const failed = await client.workflowIn(workflowId, ["failed"]);
    expect(failed.steps[0]).toMatchObject({ attempts: 1 });
    const letter = await waitFor("dead letter", async () => (await client.db.select().from(deadLetters).where(eq(deadLetters.key, workflowId)))[0]);
    expect(letter.errorClass).toBe("StepBudgetExceeded");
  });
});
