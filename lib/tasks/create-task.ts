import { randomUUID } from "node:crypto";
import { publishEvents } from "../events/publish-events";
import type { PublishContext } from "../events/headers";
import type { ActionDeps } from "../jobs/action-deps";
import { assertTargetsAllowed } from "../outbound/assert-targets-allowed";
import type { OutboundPolicy } from "../outbound/outbound-policy";
import { insertTask } from "./insert-task";
import type { NewTaskSpec } from "./schemas";
import { taskEvent, type TaskCreated } from "./task-messages";

/**
 * Stores the task and publishes `task.created` in one transaction: the row commits only once
 * Kafka acknowledged the event; a failed publish leaves nothing behind (503).
 */
export async function createTask(deps: ActionDeps & { outbound: OutboundPolicy }, spec: NewTaskSpec, context: PublishContext) {
  assertTargetsAllowed([{ path: "data.url", url: spec.data.url }], deps.outbound);
  const created: TaskCreated = {
    taskId: randomUUID(),
    type: spec.type,
    data: spec.data,
    retryCount: 0,
    maxRetries: spec.retry.maxRetries,
    retry: spec.retry,
  };
  const { taskId, ...details } = created;
  const createdAt = await deps.db.transaction(async (tx) => {
    const insertedAt = await insertTask(tx, created, context.requestId);
    await publishEvents(deps.producer, deps.topics.tasks, [taskEvent("task.created", taskId, details, "created")], context);
    return insertedAt!;
  });
  return { taskId, status: "queued" as const, createdAt: createdAt.toISOString() };
}
