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

export type StepState = NonNullable<Awaited<ReturnType<typeof loadStepState>>>;
