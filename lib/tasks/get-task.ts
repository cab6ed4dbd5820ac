import { eq } from "drizzle-orm";
import { taskFiles, tasks } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { taskView } from "./task-view";

export async function getTask(db: DbOrTx, id: string) {
  assertKnownIdShape(id, "task");
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  if (!row) throw new NotFoundError(`No task ${id}`);
  return taskView(row);
}

/** The description of the file an export task wrote; 404 until it exists. */
export async function getTaskFile(db: DbOrTx, id: string) {
  assertKnownIdShape(id, "task");
  const [file] = await db.select().from(taskFiles).where(eq(taskFiles.taskId, id));
  if (!file) throw new NotFoundError(`Task ${id} has no file (only a completed export task has one)`);
  return file;
}
