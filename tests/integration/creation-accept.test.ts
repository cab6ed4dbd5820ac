import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, workflows, type Db } from "../../lib/db";
import { createDb } from "../../lib/db/client";
import { ConflictError, RateLimitedError, UnavailableError } from "../../lib/errors";
import { AcceptedNotStoredError } from "../../lib/jobs/accept-creation";
import type { EventProducer } from "../../lib/kafka/event-producer";
import { createLogger } from "../../lib/log";
import { createTask, createTaskSchema } from "../../lib/tasks";
import { TaskQuota } from "../../lib/tasks/task-quota";
import { createWorkflow, createWorkflowSchema, getWorkflow } from "../../lib/workflows";
import { jobClient } from "./support/jobs";
import { testActor } from "./support/test-actor";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker, type WorkerProcess } from "./support/worker-process";

const isolated = isolatedEnv("creation-accept");
const client = jobClient(isolated);
const { db, deps } = client;
// A database nothing listens on: what the API meets when its store fails after Kafka took the record.
const unreachable = createDb({ url: "postgres://postgres@127.0.0.1:1/none", maxConnections: 1, applicationName: "unreachable", logger: createLogger("tests", "silent") });
let worker: WorkerProcess;

beforeAll(async () => {
  worker = await startWorker(isolated);
});
afterAll(async () => {
  worker.child.kill("SIGTERM");
  await unreachable.pool.end();
});

/** The web's database, except that its transactions (the store) go to one that is out of reach. */
const storeFails = (): Db => Object.assign(Object.create(db) as Db, { transaction: unreachable.db.transaction.bind(unreachable.db) });

const workflowSpec = (name: string) => createWorkflowSchema.parse({ name, steps: ["validate", "store"] });
const context = (requestId: string, idempotencyKey?: string) => ({ requestId, actor: testActor, idempotencyKey });
const auditRowsOf = (workflowId: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.action, "workflow.create"), eq(auditLog.targetId, workflowId)));

describe("accepting a creation", () => {
  it("answers a store that fails after the publish with a 503 that says the job may exist; the worker runs it and a retry with the same key answers it", async () => {
    const key = `may-exist-${Date.now()}`;
    const spec = workflowSpec(key);
    const failure = await createWorkflow({ ...deps, db: storeFails() }, spec, context("first", key)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AcceptedNotStoredError);
    expect(failure).toBeInstanceOf(UnavailableError);
    expect((failure as UnavailableError).message).toMatch(/may exist.*same Idempotency-Key/);
    expect((failure as UnavailableError).retryAfterSeconds).toBeGreaterThan(0);

    const id = await waitFor("the worker to materialise the workflow", async () => {
      const [row] = await db.select({ id: workflows.id }).from(workflows).where(eq(workflows.name, key));
      return row?.id;
    });
    await client.workflowIn(id, ["completed"]);
    const retried = await createWorkflow(deps, spec, context("retry", key));
    expect(retried).toMatchObject({ workflowId: id, replayed: true });
    expect(await db.select().from(workflows).where(eq(workflows.name, key))).toHaveLength(1);
  });

  it("keeps the task quota taken when the task may exist, and gives it back when the publish failed", async () => {
    const taskQuota = new TaskQuota(1);
    const spec = createTaskSchema.parse({ type: "export", data: { filter: { key: `quota-${Date.now()}` }, format: "json" } });
    const failingProducer: EventProducer = { ...deps.producer, publish: () => Promise.reject(new UnavailableError("Kafka did not acknowledge")) };

    await expect(createTask({ ...deps, taskQuota, producer: failingProducer }, spec, context("lost"))).rejects.toBeInstanceOf(UnavailableError);
    await expect(createTask({ ...deps, taskQuota, db: storeFails() }, spec, context("may-exist"))).rejects.toBeInstanceOf(AcceptedNotStoredError);
    await expect(createTask({ ...deps, taskQuota }, spec, context("over"))).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("claims a job the worker materialised from this request's record before the API stored it: one job, answered as new, audited once", async () => {
    const key = `worker-first-${Date.now()}`;
    // The publish returns only once the worker has stored the job from the record.
    const workerFirst: EventProducer = {
      ...deps.producer,
      async publish(topic, messages) {
        await deps.producer.publish(topic, messages);
        const id = String(messages[0]!.key);
        await waitFor("the worker to materialise the workflow", async () => (await getWorkflow(db, id).catch(() => undefined)));
      },
    };
    const created = await createWorkflow({ ...deps, producer: workerFirst }, workflowSpec(key), context("worker-first", key));
    expect(created.replayed).toBe(false);
    expect(await auditRowsOf(created.workflowId)).toHaveLength(1);

    // The claim recorded the request, so the key still tells a repeat from another request.
    expect(await createWorkflow(deps, workflowSpec(key), context("again", key))).toEqual({ ...created, replayed: true });
    await expect(createWorkflow(deps, workflowSpec(`${key}-other`), context("other", key))).rejects.toBeInstanceOf(ConflictError);
    expect(await auditRowsOf(created.workflowId)).toHaveLength(1);
  });

  it("makes one job of concurrent repeats in one process, publishing it once", async () => {
    const key = `concurrent-${Date.now()}`;
    let publishes = 0;
    const counting: EventProducer = { ...deps.producer, publish: (topic, messages) => (publishes++, deps.producer.publish(topic, messages)) };
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => createWorkflow({ ...deps, producer: counting }, workflowSpec(key), context(`repeat-${index}`, key))),
    );
    expect(new Set(answers.map((answer) => answer.workflowId)).size).toBe(1);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(publishes).toBe(1);
    expect(await auditRowsOf(answers[0]!.workflowId)).toHaveLength(1);
  });
});
