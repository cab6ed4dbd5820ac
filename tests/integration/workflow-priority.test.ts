import { and, count, eq, ne } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { workflows } from "../../drizzle/schema";
import { jobClient } from "./support/jobs";
import { createIsolatedTopics } from "./support/kafka";
import { isolatedEnv } from "./support/test-env";
import { startWorker, type WorkerProcess } from "./support/worker-process";

const isolated = isolatedEnv("wf-priority");
const CONNECTIONS = 8;
const client = jobClient(isolated, { connections: CONNECTIONS });
let worker: WorkerProcess | undefined;
afterAll(() => worker?.child.kill("SIGTERM"));

const BACKLOG = 3000;

describe("priority lanes", () => {
  it("completes a high-priority workflow while thousands of low-priority ones are still queued", async () => {
    await createIsolatedTopics(isolated);
    const name = `backlog-${isolated.env.KAFKA_TOPIC_PREFIX}`;
    // As many at a time as there are connections: each holds one while Kafka acknowledges.
    for (let start = 0; start < BACKLOG; start += CONNECTIONS) {
      await Promise.all(
        Array.from({ length: CONNECTIONS }, () => client.createWorkflow({ name, steps: ["validate", "transform", "store"], priority: "low" })),
      );
    }
    worker = await startWorker(isolated);
    const urgent = await client.createWorkflow({ name: "urgent", steps: ["validate", "transform", "store"], priority: "high" });
    await client.workflowIn(urgent.workflowId, ["completed"]);

    const [unfinished] = await client.db
      .select({ n: count() })
      .from(workflows)
      .where(and(eq(workflows.name, name), ne(workflows.status, "completed")));
    expect(unfinished!.n).toBeGreaterThan(1000);
  });
});
