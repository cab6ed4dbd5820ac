import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryWorkflow } from "../../lib/workflows";
import { jobClient } from "./support/jobs";
import { startReceiver } from "./support/receiver";
import { isolatedEnv } from "./support/test-env";
import { startWorker, type WorkerProcess } from "./support/worker-process";
import { testActor } from "./support/test-actor";

const isolated = isolatedEnv("wf-retry");
const client = jobClient(isolated);
let worker: WorkerProcess;

beforeAll(async () => {
  worker = await startWorker(isolated, { HTTP_ALLOWED_HOSTS: "127.0.0.1" });
});
afterAll(() => worker.child.kill("SIGTERM"));

describe("an operator's retry", () => {
  it("runs the failed step again however quickly the worker sees its command", async () => {
    const receiver = await startReceiver(400);
    const failed = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const { workflowId } = await client.createWorkflow({ name: `retry ${index}`, steps: ["validate", { type: "http", url: receiver.url(`/${index}`) }] });
        await client.workflowIn(workflowId, ["failed"]);
        return workflowId;
      }),
    );
    receiver.answer(200);
    for (const workflowId of failed) await retryWorkflow(client.deps, workflowId, { requestId: "it" }, testActor);
    for (const workflowId of failed) {
      const done = await client.workflowIn(workflowId, ["completed"], 15_000);
      expect(done.steps[1]!.attempts).toBe(2);
    }
  });
});
