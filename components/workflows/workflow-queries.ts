import { listUrl } from "@/lib/client/list-url";

export const PAGE_SIZE = 50;
export const WORKFLOW_FILTERS = ["status", "priority", "name"] as const;
export type WorkflowFilter = Partial<Record<(typeof WORKFLOW_FILTERS)[number], string>>;

/** Every workflow query key starts with this, so one invalidation refreshes lists and details. */
export const WORKFLOWS_KEY = "workflows";

/** Shared by the server's prefetch and the browser's queries, so the cache entries line up. */
export const workflowListKey = (filter: WorkflowFilter) => [WORKFLOWS_KEY, "list", filter] as const;
export const workflowDetailKey = (id: string) => [WORKFLOWS_KEY, "detail", id] as const;

export const workflowListUrl = (filter: WorkflowFilter) => (cursor: string | undefined) => listUrl("/api/workflows", filter, PAGE_SIZE, cursor);

