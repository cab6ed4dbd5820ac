import { asc, desc, eq } from "drizzle-orm";
import { deadLetters, workflowStepAttempts, workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { workflowView } from "./workflow-view";

/** One workflow with its steps, every attempt (with the Kafka record that ran it) and its dead letters. */
export async function getWorkflow(db: DbOrTx, id: string) {
  assertKnownIdShape(id, "workflow");
  const [row] = await db.select().from(workflows).where(eq(workflows.id, id));
  if (!row) throw new NotFoundError(`No workflow ${id}`);
  const [steps, attempts, letters] = await Promise.all([
    db.select().from(workflowSteps).where(eq(workflowSteps.workflowId, id)).orderBy(asc(workflowSteps.stepIndex)),
    db
      .select()
      .from(workflowStepAttempts)
      .where(eq(workflowStepAttempts.workflowId, id))
      .orderBy(asc(workflowStepAttempts.stepIndex), asc(workflowStepAttempts.attempt)),
    // A step's dead letter is keyed by its workflow, like every step command.
    db
      .select({ id: deadLetters.id, status: deadLetters.status, lastFailedAt: deadLetters.lastFailedAt })
      .from(deadLetters)
      .where(eq(deadLetters.key, id))
      .orderBy(desc(deadLetters.lastFailedAt)),
  ]);
  return workflowView(row, steps, attempts, letters);
}
