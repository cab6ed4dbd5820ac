import { and, eq, sql } from "drizzle-orm";
import { taskFileChunks, type TaskFile } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

export type TaskFileChunk = { taskId: string; attempt: number; seq: number; body: string };

/** Stores one chunk; an attempt run again (a redelivered command) replaces its own chunk rather than adding one. */
export async function writeTaskFileChunk(db: DbOrTx, chunk: TaskFileChunk): Promise<void> {
  await db
    .insert(taskFileChunks)
    .values(chunk)
    .onConflictDoUpdate({ target: [taskFileChunks.taskId, taskFileChunks.attempt, taskFileChunks.seq], set: { body: sql`excluded.body` } });
}

/** The file's content in order, one chunk read at a time, so a download never holds the whole file. */
export async function* readTaskFileChunks(db: DbOrTx, file: Pick<TaskFile, "taskId" | "attempt" | "chunkCount">): AsyncGenerator<string> {
  for (let seq = 0; seq < file.chunkCount; seq += 1) {
    const [chunk] = await db
      .select({ body: taskFileChunks.body })
      .from(taskFileChunks)
      .where(and(eq(taskFileChunks.taskId, file.taskId), eq(taskFileChunks.attempt, file.attempt), eq(taskFileChunks.seq, seq)));
    if (!chunk) throw new Error(`chunk ${seq} of task ${file.taskId}'s file is missing`);
    yield chunk.body;
  }
}
