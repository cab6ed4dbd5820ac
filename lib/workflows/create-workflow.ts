import { randomUUID } from "node:crypto";
import { isHostAllowed } from "../jobs/allowed-fetch";
import { ValidationError } from "../errors";
import { publishEvents } from "../events/publish-events";
import { insertWorkflow } from "./insert-workflow";
import type { NewWorkflowSpec } from "./schemas";
import type { JobDeps, PublishContext } from "./workflow-deps";
import { workflowEvent, type WorkflowCreated } from "./workflow-messages";

/** Hosts are checked at creation too, so a workflow that could never run is a 400, not a dead letter. */
function assertHostsAllowed(spec: NewWorkflowSpec, allowedHosts: readonly string[]) {
  const refused = spec.steps.flatMap((step, index) => {
    const url = step.options.url;
    return typeof url === "string" && !isHostAllowed(url, allowedHosts)
      ? [{ path: `steps.${index}.url`, message: `host is not in HTTP_ALLOWED_HOSTS (${allowedHosts.join(", ") || "empty"})` }]
      : [];
  });
  if (refused.length > 0) throw new ValidationError("Request body is invalid", refused);
}

/**
 * Stores the workflow and publishes `workflow.created` in one transaction: the row commits only
 * once Kafka acknowledged the event, and a publish that fails leaves no row (503). The worker
 * starts the workflow from the event.
 */
export async function createWorkflow(
  deps: JobDeps & { allowedHosts: readonly string[] },
  spec: NewWorkflowSpec,
  context: PublishContext,
) {
  assertHostsAllowed(spec, deps.allowedHosts);
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
