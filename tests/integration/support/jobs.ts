import { afterAll } from "vitest";
import { z } from "zod";
import { commonEnvShape } from "../../../lib/env/common";
import { parseEnv } from "../../../lib/env/parse-env";
import { createEventProducer } from "../../../lib/kafka/event-producer";
import { createLogger } from "../../../lib/log";
import { topicContracts } from "../../../lib/topics";
import { outboundPolicy } from "../../../lib/outbound/outbound-policy";
import { createTask, createTaskSchema, getTask } from "../../../lib/tasks";
import type { CreateTaskInput } from "../../../lib/tasks/schemas";
import { TaskQuota } from "../../../lib/tasks/task-quota";
import { createWorkflow, createWorkflowSchema, getWorkflow } from "../../../lib/workflows";
import type { CreateWorkflowInput } from "../../../lib/workflows/schemas";
import { testDb } from "./db";
import { testKafka } from "./kafka";
import type { IsolatedEnv } from "./test-env";
import { testActor } from "./test-actor";
import { waitFor } from "./wait-for";

/**
 * Creates workflows and tasks the way the API does (the same actions, against the real database
 * and broker), and waits for the worker to bring them to a state.
 */
export function jobClient(isolated: IsolatedEnv, { connections = 4 } = {}) {
  const { db, pool } = testDb(connections);
  const logger = createLogger("tests", "silent");
  const producer = createEventProducer({ kafka: testKafka(isolated.brokers), timeoutMs: 10_000, logger });
  const outbound = outboundPolicy(parseEnv(z.object(commonEnvShape), { ...isolated.env, HTTP_ALLOWED_HOSTS: "127.0.0.1,localhost" }));
  const topics = topicContracts({ ...isolated.env, KAFKA_EVENTS_PARTITIONS: Number(isolated.env.KAFKA_EVENTS_PARTITIONS) });
  const deps = { db, producer, topics, outbound, emailDomains: [], taskQuota: new TaskQuota(Number.MAX_SAFE_INTEGER) };
  afterAll(async () => {
    await producer.disconnect();
    await pool.end();
  });
  const context = { requestId: "integration-test", actor: testActor };
  return {
    db,
    deps,
    createWorkflow: (input: CreateWorkflowInput) => createWorkflow(deps, createWorkflowSchema.parse(input), context),
    createTask: (input: CreateTaskInput) => createTask(deps, createTaskSchema.parse(input), context),
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
