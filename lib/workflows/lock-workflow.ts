import { eq } from "drizzle-orm";
import { workflows, type Workflow } from "../../drizzle/schema";
import type { Tx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";

/** Locks the workflow row for an operator's action, so a worker's step transition waits for it. */
export async function lockWorkflow(tx: Tx, id: string): Promise<Workflow> {
  assertKnownIdShape(id, "workflow");
  const [row] = await tx.select().from(workflows).where(eq(workflows.id, id)).for("update");
  if (!row) throw new NotFoundError(`No workflow ${id}`);
  return row;
}
