import { recordAudit } from "../audit/record-audit";
import type { PublishContext } from "../topics/headers";
import type { ActionDeps } from "../jobs/action-deps";
import { creationId, repeatedCreation, requestFingerprint, type CreationRequest } from "../jobs/creation-idempotency";
import { tasks } from "../db";
import { assertTargetsAllowed } from "../outbound/assert-targets-allowed";
import type { OutboundPolicy } from "../outbound/outbound-policy";
import { assertRecipientsAllowed } from "./email-recipients";
import { insertTask } from "./insert-task";
import type { NewTaskSpec } from "./schemas";
import type { TaskCreated } from "../topics/tasks";
import { takeTaskQuota, type TaskQuota } from "./task-quota";

export type CreateTaskDeps = ActionDeps & { outbound: OutboundPolicy; emailDomains: readonly string[]; taskQuota: TaskQuota };

/**
 * Stores the task, its audit row and publishes `task.created` in one transaction: the rows commit
 * only once Kafka acknowledged the event; a failed publish leaves nothing behind (503), and is not
 * counted against the creator's task quota. A repeat with the same Idempotency-Key creates nothing,
 * counts nothing and answers as the first did (`replayed`).
 */
export async function createTask(deps: CreateTaskDeps, spec: NewTaskSpec, context: PublishContext & CreationRequest) {
  assertTargetsAllowed([{ path: "data.url", url: spec.data.url }], deps.outbound);
  if (spec.type === "email") assertRecipientsAllowed(spec.data.to as string[], deps.emailDomains);
  const created: TaskCreated = {
    taskId: creationId("task", context),
    type: spec.type,
    data: spec.data,
    retryCount: 0,
    maxRetries: spec.retry.maxRetries,
    retry: spec.retry,
  };
  const { taskId, ...details } = created;
  const fingerprint = context.idempotencyKey ? requestFingerprint(spec) : null;
  const giveBack = takeTaskQuota(deps.taskQuota, context.actor, spec.type);
  const { createdAt, replayed } = await deps.db
    .transaction(async (tx) => {
      const insertedAt = await insertTask(tx, created, context.requestId, fingerprint);
      if (!insertedAt) return repeatedCreation(tx, tasks, taskId, fingerprint);
      // The type only: task data may carry secrets (webhook headers), and the audit log is shown to admins.
      const audited = { type: spec.type };
      await recordAudit(tx, { actor: context.actor, action: "task.create", target: { type: "task", id: taskId }, details: audited });
      await deps.topics.tasks.publish(deps.producer, [deps.topics.tasks.message("task.created", taskId, details, "created")], context);
      return { createdAt: insertedAt, replayed: false };
    })
    .catch((error: unknown) => {
      giveBack();
      throw error;
    });
  if (replayed) giveBack();
  return { taskId, status: "queued" as const, createdAt: createdAt.toISOString(), replayed };
}
