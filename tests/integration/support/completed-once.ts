import { and, count, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { workflowStepAttempts } from "../../../drizzle/schema";
import type { Db } from "../../../lib/db/client";
import { getWorkflow } from "../../../lib/workflows";

/**
 * Nothing skipped and nothing run twice: every workflow (the `n`-th made with input `{ n }` and a
 * first step mapping `n` to `out.n`) completed with its output carried through, and each of its
 * `stepsEach` steps has exactly one completed attempt.
 */
export async function expectEachCompletedOnce(db: Db, workflowIds: string[], stepsEach: number) {
  for (const [n, id] of workflowIds.entries()) {
    const workflow = await getWorkflow(db, id);
    expect(workflow.status).toBe("completed");
    expect(workflow.result).toMatchObject({ n, out: { n } });
  }
  const completions = await db
    .select({ n: count() })
    .from(workflowStepAttempts)
    .where(and(inArray(workflowStepAttempts.workflowId, workflowIds), eq(workflowStepAttempts.outcome, "completed")))
    .groupBy(workflowStepAttempts.workflowId, workflowStepAttempts.stepIndex);
  expect(completions).toHaveLength(workflowIds.length * stepsEach);
  expect(completions.every((step) => step.n === 1)).toBe(true);
}
