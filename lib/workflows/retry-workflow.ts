import { and, eq, sql } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { ConflictError } from "../errors";
import { noJobError } from "../jobs/job-error";
import { getWorkflow } from "./get-workflow";
import { lockWorkflow } from "./lock-workflow";
import { notifyLive } from "../live/notify-live";
import type { PublishContext } from "../topics/headers";
import type { ActionDeps } from "../jobs/action-deps";

/**
 * Re-runs a failed workflow from its failed step, with a fresh set of retries. The step's command
 * is published before the change commits; the worker's claim waits on the row lock, so it sees
 * the step pending.
 */
export async function retryWorkflow(deps: ActionDeps, id: string, context: PublishContext, actor: Actor) {
  await deps.db.transaction(async (tx) => {
    const workflow = await lockWorkflow(tx, id);
    if (workflow.status !== "failed") {
      throw new ConflictError(`Workflow ${id} is ${workflow.status}; only failed workflows can be retried`);
    }
    const stepIndex = workflow.currentStep;
    const [step] = await tx
      .update(workflowSteps)
      .set({ status: "pending", ...noJobError, runStartAttempt: sql`${workflowSteps.attempts} + 1` })
      .where(and(eq(workflowSteps.workflowId, id), eq(workflowSteps.stepIndex, stepIndex)))
      .returning({ attempts: workflowSteps.attempts });
    await tx.update(workflows).set({ status: "processing", error: null, updatedAt: sql`now()` }).where(eq(workflows.id, id));
    const command = deps.topics.workflowSteps.message(workflow.priority, { workflowId: id, stepIndex, attempt: step!.attempts + 1 });
    await recordAudit(tx, { actor, action: "workflow.retry", target: { type: "workflow", id } });
    await notifyLive(tx, "workflows", id);
    await deps.topics.workflowSteps.publish(deps.producer, [command], context);
  });
  return getWorkflow(deps.db, id);
}
