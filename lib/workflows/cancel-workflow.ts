import { and, eq, inArray, sql } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { ConflictError } from "../errors";
import { getWorkflow } from "./get-workflow";
import { lockWorkflow } from "./lock-workflow";
import { notifyLive } from "../live/notify-live";
import type { PublishContext } from "../topics/headers";
import type { ActionDeps } from "../jobs/action-deps";

/**
 * Stops a pending or processing workflow: its unfinished steps are cancelled, so commands still
 * in flight for them are skipped. A step already running finishes, but nothing follows it.
 */
export async function cancelWorkflow(deps: ActionDeps, id: string, context: PublishContext, actor: Actor) {
  await deps.db.transaction(async (tx) => {
    const workflow = await lockWorkflow(tx, id);
    if (workflow.status !== "pending" && workflow.status !== "processing") {
      throw new ConflictError(`Workflow ${id} is ${workflow.status}; only pending or processing workflows can be cancelled`);
    }
    await tx.update(workflows).set({ status: "cancelled", updatedAt: sql`now()` }).where(eq(workflows.id, id));
    await tx
      .update(workflowSteps)
      .set({ status: "cancelled", finishedAt: sql`now()` })
      .where(and(eq(workflowSteps.workflowId, id), inArray(workflowSteps.status, ["pending", "running", "waiting", "retrying"])));
    const event = deps.topics.workflows.message("workflow.cancelled", id, { requestId: context.requestId }, "cancelled");
    await recordAudit(tx, { actor, action: "workflow.cancel", target: { type: "workflow", id } });
    await notifyLive(tx, "workflows", id);
    await deps.topics.workflows.publish(deps.producer, [event], context);
  });
  return getWorkflow(deps.db, id);
}
