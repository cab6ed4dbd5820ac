import { recordAudit } from "../audit/record-audit";
import { insertWorkflow } from "./insert-workflow";
import type { NewWorkflowSpec } from "./schemas";
import type { PublishContext } from "../topics/headers";
import type { ActionDeps } from "../jobs/action-deps";
import { creationId, repeatedCreation, requestFingerprint, type CreationRequest } from "../jobs/creation-idempotency";
import { workflows } from "../db";
import { assertTargetsAllowed } from "../outbound/assert-targets-allowed";
import type { OutboundPolicy } from "../outbound/outbound-policy";
import type { WorkflowCreated } from "../topics/workflows";

/**
 * Stores the workflow, its audit row and publishes `workflow.created` in one transaction: the rows
 * commit only once Kafka acknowledged the event, and a publish that fails leaves none (503). The
 * worker starts the workflow from the event. A repeat with the same Idempotency-Key creates
 * nothing and answers as the first did (`replayed`).
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
  const { createdAt, replayed } = await deps.db.transaction(async (tx) => {
    const insertedAt = await insertWorkflow(tx, created, context.requestId, fingerprint);
    if (!insertedAt) return repeatedCreation(tx, workflows, workflowId, fingerprint);
    // Step types only: options may carry secrets, and the audit log is shown to admins.
    const audited = { name: spec.name, priority: spec.priority, steps: spec.steps.map((step) => step.type) };
    await recordAudit(tx, { actor: context.actor, action: "workflow.create", target: { type: "workflow", id: workflowId }, details: audited });
    await deps.topics.workflows.publish(deps.producer, [event], context);
    return { createdAt: insertedAt, replayed: false };
  });
  return { workflowId, status: "pending" as const, createdAt: createdAt.toISOString(), replayed };
}
