import { recordAudit } from "../audit/record-audit";
import type { PublishContext } from "../topics/headers";
import { AcceptedNotStoredError, acceptCreation } from "../jobs/accept-creation";
import type { ActionDeps } from "../jobs/action-deps";
import { creationId, requestFingerprint, type CreationRequest } from "../jobs/creation-idempotency";
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
 * Accepts a task (see `acceptCreation`): `task.created` is acknowledged by Kafka before the task
 * and its audit row are stored in one short transaction, and the answer comes after both, so no
 * database connection waits on Kafka. A failed publish stores nothing (503) and is not counted
 * against the creator's task quota. A store that fails after the publish is a 503 saying the task
 * may exist: the worker materialises and runs it from the record, so it stays counted, and a
 * retry with the same Idempotency-Key answers it. A repeat with the same Idempotency-Key creates
 * nothing, counts nothing and answers as the first did (`replayed`).
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
  const { createdAt, replayed } = await acceptCreation(deps.db, {
    kind: "task",
    table: tasks,
    id: taskId,
    requestId: context.requestId,
    fingerprint,
    publish: () => deps.topics.tasks.publish(deps.producer, [deps.topics.tasks.message("task.created", taskId, details, "created")], context),
    insert: (tx) => insertTask(tx, created, context.requestId, fingerprint),
    // The type only: task data may carry secrets (webhook headers), and the audit log is shown to admins.
    audit: (tx) => recordAudit(tx, { actor: context.actor, action: "task.create", target: { type: "task", id: taskId }, details: { type: spec.type } }),
  }).catch((error: unknown) => {
    if (!(error instanceof AcceptedNotStoredError)) giveBack();
    throw error;
  });
  if (replayed) giveBack();
  return { taskId, status: "queued" as const, createdAt: createdAt.toISOString(), replayed };
}
