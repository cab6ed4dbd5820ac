import { integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { tasks } from "./tasks";

/** The file an export task wrote, served by GET /api/tasks/:id/download. */
export const taskFiles = pgTable("task_files", {
  taskId: uuid("task_id")
    .primaryKey()
    .references(() => tasks.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  body: text("body").notNull(),
  rowCount: integer("row_count").notNull(),
  createdAt: createdAt(),
});
