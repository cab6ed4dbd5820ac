import { and, eq, gte, min } from "drizzle-orm";
import { workflowStepAttempts } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/** When the current run of a step first failed: the dead letter's first failure time. */
export async function firstFailureOfRun(db: DbOrTx, workflowId: string, stepIndex: number, runStartAttempt: number): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: min(workflowStepAttempts.finishedAt) })
    .from(workflowStepAttempts)
    .where(
      and(
        eq(workflowStepAttempts.workflowId, workflowId),
        eq(workflowStepAttempts.stepIndex, stepIndex),
        gte(workflowStepAttempts.attempt, runStartAttempt),
        eq(workflowStepAttempts.outcome, "failed"),
      ),
    );
  return row?.at ?? undefined;
}
