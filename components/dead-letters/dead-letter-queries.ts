export const statusFilters = ["pending", "replayed", "discarded", "all"] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const PAGE_SIZE = 50;

/** Every dead-letter query key starts with this, so one invalidation refreshes lists and details. */
export const DEAD_LETTERS_KEY = "dead-letters";

/** Shared by the server's prefetch and the browser's queries, so the cache entries line up. */
export const deadLetterListKey = (status: StatusFilter) => [DEAD_LETTERS_KEY, "list", status] as const;
export const deadLetterDetailKey = (id: string) => [DEAD_LETTERS_KEY, "detail", id] as const;

export function parseStatusFilter(value: string | string[] | undefined): StatusFilter {
  return statusFilters.find((status) => status === value) ?? "pending";
}

export function deadLetterListUrl(status: StatusFilter, cursor: string | undefined): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (status !== "all") params.set("status", status);
  if (cursor) params.set("cursor", cursor);
  return `/api/dlq?${params}`;
}
