import { tasks } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import type { TaskCreated } from "../topics/tasks";

/**
 * Stores a task; idempotent, since the API inserts it on acceptance and the worker again from
 * `task.created` in case the API's commit failed. Answers the creation time when this call inserted it.
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
