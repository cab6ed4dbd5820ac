import { and, eq, inArray } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/** Of these workflows, the ones that exist and whose first step has never been sent, with their priority. */
export async function unstartedWorkflows(db: DbOrTx, ids: string[]) {
  const rows = await db
    .select({ id: workflows.id, priority: workflows.priority, status: workflows.status, attempts: workflowSteps.attempts, stepStatus: workflowSteps.status })
    .from(workflows)
    .innerJoin(workflowSteps, and(eq(workflowSteps.workflowId, workflows.id), eq(workflowSteps.stepIndex, 0)))
    .where(inArray(workflows.id, ids));
  return {
    known: new Set(rows.map((row) => row.id)),
    unstarted: rows.filter((row) => row.status === "pending" && row.stepStatus === "pending" && row.attempts === 0),
  };
}
