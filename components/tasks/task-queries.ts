import { listUrl } from "@/lib/client/list-url";

export const PAGE_SIZE = 50;
export const TASK_FILTERS = ["type", "status"] as const;
export type TaskFilter = Partial<Record<(typeof TASK_FILTERS)[number], string>>;

/** Every task query key starts with this, so one invalidation refreshes lists and details. */
export const TASKS_KEY = "tasks";

/** Shared by the server's prefetch and the browser's queries, so the cache entries line up. */
export const taskListKey = (filter: TaskFilter) => [TASKS_KEY, "list", filter] as const;
export const taskDetailKey = (id: string) => [TASKS_KEY, "detail", id] as const;

export const taskListUrl = (filter: TaskFilter) => (cursor: string | undefined) => listUrl("/api/tasks", filter, PAGE_SIZE, cursor);

