import { integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { tasks } from "./tasks";

/**
 * The file an export task wrote, served by GET /api/tasks/:id/download: its name and size here,
 * its content in `task_file_chunks` (the chunks the completing attempt wrote, `chunkCount` of them).
 */
export const taskFiles = pgTable("task_files", {
  taskId: uuid("task_id")
    .primaryKey()
    .references(() => tasks.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  attempt: integer("attempt").notNull(),
  chunkCount: integer("chunk_count").notNull(),
  bytes: integer("bytes").notNull(),
  rowCount: integer("row_count").notNull(),
  createdAt: createdAt(),
});

/**
 * A file's content, written a page at a time so neither the export nor the download holds it whole.
 * Keyed by attempt: an attempt that runs again overwrites its own chunks, and another attempt's
 * leftovers are never part of the file.
 */
export const taskFileChunks = pgTable(
  "task_file_chunks",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    seq: integer("seq").notNull(),
    body: text("body").notNull(),
  },
  // Serves the download's read of one chunk after another, and the upsert of a re-run attempt.
  (table) => [primaryKey({ columns: [table.taskId, table.attempt, table.seq] })],
);

export type TaskFile = typeof taskFiles.$inferSelect;
