import { eq } from "drizzle-orm";
import { tasks, type Task } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

export async function loadTask(db: DbOrTx, id: string): Promise<Task | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row;
}
