import { and, eq } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/** What the executor reads before deciding about a step command: the step and its workflow. */
export async function loadStepState(db: DbOrTx, workflowId: string, stepIndex: number) {
  const [row] = await db
    .select({ workflow: workflows, step: workflowSteps })
    .from(workflowSteps)
    .innerJoin(workflows, eq(workflows.id, workflowSteps.workflowId))
    .where(and(eq(workflowSteps.workflowId, workflowId), eq(workflowSteps.stepIndex, stepIndex)));
  return row;
}

/**
 * The same, after any transaction holding the workflow's row has ended (an operator's retry
 * publishes its command before it commits). The wait is a statement of its own: a locking read
 * would re-read the locked workflow row but keep the step row from before the wait.
 */
export async function loadStepStateAfterPendingChanges(db: DbOrTx, workflowId: string, stepIndex: number) {
  await db.select({ id: workflows.id }).from(workflows).where(eq(workflows.id, workflowId)).for("share");
  return loadStepState(db, workflowId, stepIndex);
}

export type StepState = NonNullable<Awaited<ReturnType<typeof loadStepState>>>;
