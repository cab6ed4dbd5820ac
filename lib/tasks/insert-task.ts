import { tasks } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import type { TaskCreated } from "../topics/tasks";

/**
 * Stores a task; idempotent, since the API inserts it once Kafka took `task.created`, and the
 * worker again from that record (before or after the API, or alone when the API's store failed).
 * Answers the creation time when this call inserted it.
 */
export async function insertTask(
  db: DbOrTx,
  created: TaskCreated,
  requestId: string | null,
  requestFingerprint: string | null = null,
): Promise<Date | null> {
  const [row] = await db
    .insert(tasks)
    .values({ id: created.taskId, type: created.type, data: created.data, retryPolicy: created.retry, requestId, requestFingerprint })
    .onConflictDoNothing()
    .returning({ createdAt: tasks.createdAt });
  return row?.createdAt ?? null;
}
