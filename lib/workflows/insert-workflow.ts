import { workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import type { WorkflowCreated } from "../topics/workflows";

/**
 * Materialises a workflow and its steps. Idempotent: the API inserts it once Kafka took
 * `workflow.created`, and the worker again from that record (before or after the API); the second
 * insert changes nothing. Answers the creation time when this call inserted it.
 */
export async function insertWorkflow(
  db: DbOrTx,
  created: WorkflowCreated,
  requestId: string | null,
  requestFingerprint: string | null = null,
): Promise<Date | null> {
  const [inserted] = await db
    .insert(workflows)
    .values({
      id: created.workflowId,
      name: created.name,
      priority: created.priority,
      stepCount: created.steps.length,
      input: created.input,
      data: created.input,
      retryPolicy: created.retry,
      metadata: created.metadata,
      requestId,
      requestFingerprint,
    })
    .onConflictDoNothing()
    .returning({ createdAt: workflows.createdAt });
  if (!inserted) return null;
  await db.insert(workflowSteps).values(
    created.steps.map((step, stepIndex) => ({ workflowId: created.workflowId, stepIndex, type: step.type, options: step.options })),
  );
  return inserted.createdAt;
}
