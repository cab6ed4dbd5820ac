import { recordAudit } from "../audit/record-audit";
import { insertWorkflow } from "./insert-workflow";
import type { NewWorkflowSpec } from "./schemas";
import type { PublishContext } from "../topics/headers";
import { acceptCreation } from "../jobs/accept-creation";
import type { ActionDeps } from "../jobs/action-deps";
import { creationId, requestFingerprint, type CreationRequest } from "../jobs/creation-idempotency";
import { workflows } from "../db";
import { assertTargetsAllowed } from "../outbound/assert-targets-allowed";
import type { OutboundPolicy } from "../outbound/outbound-policy";
import type { WorkflowCreated } from "../topics/workflows";

/**
 * Accepts a workflow (see `acceptCreation`): `workflow.created` is acknowledged by Kafka before the
 * workflow and its audit row are stored in one short transaction, and the answer comes after both,
 * so no database connection waits on Kafka. A failed publish stores nothing (503). A store that
 * fails after the publish is a 503 saying the workflow may exist: the worker materialises and
 * starts it from the record, and a retry with the same Idempotency-Key answers it. A repeat with
 * the same Idempotency-Key creates nothing and answers as the first did (`replayed`).
 */
export async function createWorkflow(
  deps: ActionDeps & { outbound: OutboundPolicy },
  spec: NewWorkflowSpec,
  context: PublishContext & CreationRequest,
) {
  assertTargetsAllowed(
    spec.steps.map((step, index) => ({ path: `steps.${index}.url`, url: step.options.url })),
    deps.outbound,
  );
  const created: WorkflowCreated = { workflowId: creationId("workflow", context), ...spec };
  const { workflowId, ...details } = created;
  const event = deps.topics.workflows.message("workflow.created", workflowId, details, "created");
  const fingerprint = context.idempotencyKey ? requestFingerprint(spec) : null;
  // Step types only: options may carry secrets, and the audit log is shown to admins.
  const audited = { name: spec.name, priority: spec.priority, steps: spec.steps.map((step) => step.type) };
  const { createdAt, replayed } = await acceptCreation(deps.db, {
    kind: "workflow",
    table: workflows,
    id: workflowId,
    requestId: context.requestId,
    fingerprint,
    publish: () => deps.topics.workflows.publish(deps.producer, [event], context),
    insert: (tx) => insertWorkflow(tx, created, context.requestId, fingerprint),
    audit: (tx) => recordAudit(tx, { actor: context.actor, action: "workflow.create", target: { type: "workflow", id: workflowId }, details: audited }),
  });
  return { workflowId, status: "pending" as const, createdAt: createdAt.toISOString(), replayed };
}
