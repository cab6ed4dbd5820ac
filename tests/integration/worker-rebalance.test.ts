import { and, count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { workflowSteps } from "../../drizzle/schema";
import { expectEachCompletedOnce } from "./support/completed-once";
import { jobClient } from "./support/jobs";
import { createIsolatedTopics } from "./support/kafka";
import { startReceiver } from "./support/receiver";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker } from "./support/worker-process";

const isolated = isolatedEnv("rebalance");
const client = jobClient(isolated);
const { db } = client;

const WORKFLOWS = 60;
const STEPS = 3;

describe("workers joining and leaving mid-run", () => {
  it("completes every workflow, each step once, across the rebalances", async () => {
    await createIsolatedTopics(isolated);
    // Slow calls keep records in flight while the partitions move.
    const receiver = await startReceiver(200, { delayMs: 2_000 });
    const ids = (
      await Promise.all(
        Array.from({ length: WORKFLOWS }, (_, n) =>
          client.createWorkflow({ name: `rebalance ${n}`, steps: [{ type: "transform", map: { "out.n": "n" } }, { type: "http", url: receiver.url("/step") }, "store"], input: { n } }),
        ),
      )
    ).map((workflow) => workflow.workflowId);
    const completedSteps = async () =>
      (await db.select({ n: count() }).from(workflowSteps).where(and(inArray(workflowSteps.workflowId, ids), eq(workflowSteps.status, "completed"))))[0]!.n;
    const reach = (target: number) => waitFor(`${target} steps done`, async () => ((await completedSteps()) >= target ? true : undefined), { timeoutMs: 120_000, everyMs: 20 });

    const HTTP = { HTTP_ALLOWED_HOSTS: "127.0.0.1" };
    const first = await startWorker(isolated, HTTP);
    await reach(WORKFLOWS / 2);
    // A second member joins: partitions move while records are in flight on the first.
    const second = await startWorker(isolated, HTTP);
    await reach(WORKFLOWS);
    // The first leaves gracefully: its partitions move back to the second.
    first.child.kill("SIGTERM");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    await reach(WORKFLOWS * STEPS);
    second.child.kill("SIGTERM");
    await second.exited;

    await expectEachCompletedOnce(db, ids, STEPS);
  });
});
