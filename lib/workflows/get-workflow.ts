import { asc, eq } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { workflowView } from "./workflow-view";

export async function getWorkflow(db: DbOrTx, id: string) {
  assertKnownIdShape(id, "workflow");
  const [row] = await db.select().from(workflows).where(eq(workflows.id, id));
  if (!row) throw new NotFoundError(`No workflow ${id}`);
  const steps = await db.select().from(workflowSteps).where(eq(workflowSteps.workflowId, id)).orderBy(asc(workflowSteps.stepIndex));
  return workflowView(row, steps);
}
