import { afterAll } from "vitest";
import { systemActor } from "../../../lib/auth/system-actor";
import { createEventProducer } from "../../../lib/kafka/event-producer";
import { createLogger } from "../../../lib/log";
import { createTask, createTaskSchema, getTask } from "../../../lib/tasks";
import type { CreateTaskInput } from "../../../lib/tasks/schemas";
import { createWorkflow, createWorkflowSchema, getWorkflow } from "../../../lib/workflows";
import type { CreateWorkflowInput } from "../../../lib/workflows/schemas";
import { testDb } from "./db";
import { testKafka } from "./kafka";
import type { IsolatedEnv } from "./test-env";
import { waitFor } from "./wait-for";

/**
 * Creates workflows and tasks the way the API does (the same actions, against the real database
 * and broker), and waits for the worker to bring them to a state.
 */
export function jobClient(isolated: IsolatedEnv, { connections = 4 } = {}) {
  const { db, pool } = testDb(connections);
  const logger = createLogger("tests", "silent");
  const producer = createEventProducer({ kafka: testKafka(isolated.brokers), timeoutMs: 10_000, logger });
  const deps = { db, producer, topics: isolated.topics, allowedHosts: ["127.0.0.1"] };
  afterAll(async () => {
    await producer.disconnect();
    await pool.end();
  });
  const context = { requestId: "integration-test" };
  const actor = systemActor("integration-test");
  return {
    db,
    deps,
    createWorkflow: (input: CreateWorkflowInput) => createWorkflow(deps, createWorkflowSchema.parse(input), context, actor),
    createTask: (input: CreateTaskInput) => createTask(deps, createTaskSchema.parse(input), context, actor),
    workflowIn: (id: string, statuses: string[], timeoutMs = 30_000) =>
      waitFor(`workflow ${id} ${statuses.join("/")}`, async () => {
        const workflow = await getWorkflow(db, id);
        return statuses.includes(workflow.status) ? workflow : undefined;
      }, { timeoutMs, everyMs: 50 }),
    taskIn: (id: string, statuses: string[], timeoutMs = 30_000) =>
      waitFor(`task ${id} ${statuses.join("/")}`, async () => {
        const task = await getTask(db, id);
        return statuses.includes(task.status) ? task : undefined;
      }, { timeoutMs, everyMs: 50 }),
  };
}
