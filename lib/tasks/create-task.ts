import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { publishEvents } from "../events/publish-events";
import type { PublishContext } from "../events/headers";
import type { ActionDeps } from "../jobs/action-deps";
import { assertTargetsAllowed } from "../outbound/assert-targets-allowed";
import type { OutboundPolicy } from "../outbound/outbound-policy";
import { assertRecipientsAllowed } from "./email-recipients";
import { insertTask } from "./insert-task";
import type { NewTaskSpec } from "./schemas";
import { taskEvent, type TaskCreated } from "./task-messages";
import { takeTaskQuota, type TaskQuota } from "./task-quota";

export type CreateTaskDeps = ActionDeps & { outbound: OutboundPolicy; emailDomains: readonly string[]; taskQuota: TaskQuota };

/**
 * Stores the task, its audit row and publishes `task.created` in one transaction: the rows commit
 * only once Kafka acknowledged the event; a failed publish leaves nothing behind (503), and is not
 * counted against the creator's task quota.
 */
export async function createTask(deps: CreateTaskDeps, spec: NewTaskSpec, context: PublishContext & { actor: Actor }) {
  assertTargetsAllowed([{ path: "data.url", url: spec.data.url }], deps.outbound);
  if (spec.type === "email") assertRecipientsAllowed(spec.data.to as string[], deps.emailDomains);
  const created: TaskCreated = {
    taskId: randomUUID(),
    type: spec.type,
    data: spec.data,
    retryCount: 0,
    maxRetries: spec.retry.maxRetries,
    retry: spec.retry,
  };
  const { taskId, ...details } = created;
  const giveBack = takeTaskQuota(deps.taskQuota, context.actor, spec.type);
  const createdAt = await deps.db
    .transaction(async (tx) => {
      const insertedAt = await insertTask(tx, created, context.requestId);
      // The type only: task data may carry secrets (webhook headers), and the audit log is shown to admins.
      const audited = { type: spec.type };
      await recordAudit(tx, { actor: context.actor, action: "task.create", target: { type: "task", id: taskId }, details: audited });
      await publishEvents(deps.producer, deps.topics.tasks, [taskEvent("task.created", taskId, details, "created")], context);
      return insertedAt!;
    })
    .catch((error: unknown) => {
      giveBack();
      throw error;
    });
  return { taskId, status: "queued" as const, createdAt: createdAt.toISOString() };
}
