import { eq } from "drizzle-orm";
import { tasks, type Task } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import type { JobState } from "../jobs/decide-attempt";

export async function loadTask(db: DbOrTx, id: string): Promise<Task | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row;
}

const asJobStatus = { queued: "pending", processing: "running", retrying: "retrying", completed: "completed", failed: "failed" } as const;

/** A task in the executor's common terms (queued is pending, processing is running). */
export const taskJobState = (task: Task): JobState => ({ status: asJobStatus[task.status], attempts: task.attempts });
