import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { publishEvents } from "../events/publish-events";
import { assertHostsAllowed } from "../jobs/assert-hosts-allowed";
import type { PublishContext } from "../events/headers";
import type { ActionDeps } from "../jobs/action-deps";
import { insertTask } from "./insert-task";
import type { NewTaskSpec } from "./schemas";
import { taskEvent, type TaskCreated } from "./task-messages";

/**
 * Stores the task, its audit row and publishes `task.created` in one transaction: the rows commit
 * only once Kafka acknowledged the event; a failed publish leaves nothing behind (503).
 */
export async function createTask(
  deps: ActionDeps & { allowedHosts: readonly string[] },
  spec: NewTaskSpec,
  context: PublishContext,
  actor: Actor,
) {
  assertHostsAllowed([{ path: "data.url", url: spec.data.url }], deps.allowedHosts);
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
    // The type only: task data may carry secrets (webhook headers), and the audit log is shown to admins.
    await recordAudit(tx, { actor, action: "task.create", target: { type: "task", id: taskId }, details: { type: spec.type } });
    await publishEvents(deps.producer, deps.topics.tasks, [taskEvent("task.created", taskId, details, "created")], context);
    return insertedAt!;
  });
  return { taskId, status: "queued" as const, createdAt: createdAt.toISOString() };
}
