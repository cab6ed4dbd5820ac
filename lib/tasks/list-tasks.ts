import { and, eq, gte, lte } from "drizzle-orm";
import { tasks } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { toPage, type Page } from "../pagination/cursor";
import { newestFirst } from "../pagination/newest-first";
import type { TaskListQuery } from "./schemas";
import { storedTaskStatus } from "./task-enums";
import { taskView, type TaskView } from "./task-view";

/** Tasks newest first, by keyset pagination on (created_at, id). */
export async function listTasks(db: DbOrTx, query: TaskListQuery): Promise<Page<TaskView>> {
  const page = newestFirst({ at: tasks.createdAt, id: tasks.id }, query.cursor);
  const rows = await db
    .select()
    .from(tasks)
    .where(
      and(
        query.type ? eq(tasks.type, query.type) : undefined,
        query.status ? eq(tasks.status, storedTaskStatus(query.status)) : undefined,
        query.from ? gte(tasks.createdAt, new Date(query.from)) : undefined,
        query.to ? lte(tasks.createdAt, new Date(query.to)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return toPage(rows, query.limit, taskView, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
}
