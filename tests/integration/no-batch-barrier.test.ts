import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, gt, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { workflowStepAttempts } from "../../drizzle/schema";
import { getWorkflow } from "../../lib/workflows";
import { jobClient } from "./support/jobs";
import { createIsolatedTopics, testKafka } from "./support/kafka";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker, type WorkerProcess } from "./support/worker-process";

const isolated = isolatedEnv("no-barrier");
const client = jobClient(isolated);
const { db } = client;
let worker: WorkerProcess | undefined;
afterAll(() => worker?.child.kill("SIGTERM"));

/** An endpoint that holds every request until released, as a stalled dependency does. */
async function startStall() {
  const held: ServerResponse[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => held.push(response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stall`,
    held,
    release: () => held.splice(0).forEach((response) => response.writeHead(200, { "content-type": "application/json" }).end("{}")),
  };
}

const FAST = 40;

describe("no batch barrier", () => {
  it("lets other workflows on the stalled one's partition complete, and commits only up to the stalled record", async () => {
    await createIsolatedTopics(isolated);
    const stall = await startStall();
    worker = await startWorker(isolated, { HTTP_ALLOWED_HOSTS: "127.0.0.1" });

    const slow = await client.createWorkflow({ name: "slow", steps: ["validate", { type: "http", url: stall.url, timeoutMs: 60_000 }, "store"] });
    await waitFor("the slow step to call", async () => (stall.held.length > 0 ? true : undefined), { timeoutMs: 60_000 });
    const [stalled] = await db
      .select({ partition: workflowStepAttempts.commandPartition, offset: workflowStepAttempts.commandOffset })
      .from(workflowStepAttempts)
      .where(and(eq(workflowStepAttempts.workflowId, slow.workflowId), eq(workflowStepAttempts.stepIndex, 1)));
    const position = { partition: stalled!.partition!, offset: stalled!.offset! };

    const fast = await Promise.all(
      Array.from({ length: FAST }, (_, index) =>
        client.createWorkflow({ name: `fast ${index}`, steps: ["validate", { type: "transform", map: { copy: "n" } }, "store"], input: { n: index } }),
      ),
    );
    for (const { workflowId } of fast) await client.workflowIn(workflowId, ["completed"], 90_000);

    // Every fast workflow finished while the slow one still waits on its step.
    expect(stall.held).toHaveLength(1);
    expect((await getWorkflow(db, slow.workflowId)).status).toBe("processing");
    // Some of them ran from the stalled record's partition, after it: it held up nothing behind it.
    const passed = await db
      .select({ workflowId: workflowStepAttempts.workflowId })
      .from(workflowStepAttempts)
      .where(
        and(
          inArray(workflowStepAttempts.workflowId, fast.map((workflow) => workflow.workflowId)),
          eq(workflowStepAttempts.commandPartition, position.partition),
          gt(workflowStepAttempts.commandOffset, position.offset),
        ),
      );
    expect(passed.length).toBeGreaterThan(0);

    const admin = testKafka(isolated.brokers).admin();
    await admin.connect();
    try {
      const committed = async () => {
        const [topic] = await admin.fetchOffsets({ groupId: `${isolated.env.KAFKA_CONSUMER_GROUP}-steps-medium`, topics: [isolated.topics.workflowSteps.medium] });
        return BigInt(topic!.partitions.find((entry) => entry.partition === position.partition)!.offset);
      };
      // Everything before the stalled record is committed, nothing after it.
      await waitFor("the commit to reach the stalled record", async () => ((await committed()) === position.offset ? true : undefined));
      expect(stall.held).toHaveLength(1);

      stall.release();
      const done = await client.workflowIn(slow.workflowId, ["completed"], 60_000);
      expect(done.steps.map((step) => step.status)).toEqual(["completed", "completed", "completed"]);
      await waitFor("the commit to pass the stalled record", async () => ((await committed()) > position.offset ? true : undefined));

      // A graceful stop drains, commits and leaves the group in time.
      const running = worker;
      worker = undefined;
      running.child.kill("SIGTERM");
      expect(await running.exited).toEqual({ code: 0, signal: null });
      expect(running.logs()).toContain('"msg":"stopped"');
    } finally {
      await admin.disconnect();
    }
  });
});
