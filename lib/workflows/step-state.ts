import { and, eq } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/**
 * What the executor reads before deciding about a step command: the step and its workflow. With
 * `afterPendingChanges`, it first waits for any transaction holding the workflow's row (an
 * operator's retry publishes its command before it commits).
 */
export async function loadStepState(db: DbOrTx, workflowId: string, stepIndex: number, options = { afterPendingChanges: false }) {
  const query = db
    .select({ workflow: workflows, step: workflowSteps })
    .from(workflowSteps)
    .innerJoin(workflows, eq(workflows.id, workflowSteps.workflowId))
    .where(and(eq(workflowSteps.workflowId, workflowId), eq(workflowSteps.stepIndex, stepIndex)));
  const [row] = options.afterPendingChanges ? await query.for("share", { of: workflows }) : await query;
  return row;
}

export type StepState = NonNullable<Awaited<ReturnType<typeof loadStepState>>>;
