import { randomUUID } from "node:crypto";
import { publishEvents } from "../events/publish-events";
import { insertWorkflow } from "./insert-workflow";
import type { NewWorkflowSpec } from "./schemas";
import type { PublishContext } from "../events/headers";
import type { ActionDeps } from "../jobs/action-deps";
import { assertTargetsAllowed } from "../outbound/assert-targets-allowed";
import type { OutboundPolicy } from "../outbound/outbound-policy";
import { workflowEvent, type WorkflowCreated } from "./workflow-messages";

/**
 * Stores the workflow and publishes `workflow.created` in one transaction: the row commits only
 * once Kafka acknowledged the event, and a publish that fails leaves no row (503). The worker
 * starts the workflow from the event.
 */
export async function createWorkflow(
  deps: ActionDeps & { outbound: OutboundPolicy },
  spec: NewWorkflowSpec,
  context: PublishContext,
) {
  assertTargetsAllowed(
    spec.steps.map((step, index) => ({ path: `steps.${index}.url`, url: step.options.url })),
    deps.outbound,
  );
  const created: WorkflowCreated = { workflowId: randomUUID(), ...spec };
  const { workflowId, ...details } = created;
  const event = workflowEvent("workflow.created", workflowId, details, "created");
  const createdAt = await deps.db.transaction(async (tx) => {
    const insertedAt = await insertWorkflow(tx, created, context.requestId);
    await publishEvents(deps.producer, deps.topics.workflows, [event], context);
    return insertedAt!;
  });
  return { workflowId, status: "pending" as const, createdAt: createdAt.toISOString() };
}
