export const statusFilters = ["pending", "replayed", "discarded", "all"] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const PAGE_SIZE = 50;
/** Besides the status: what GET /api/dlq filters on, kept in the page's URL. */
export const DEAD_LETTER_FILTERS = ["topic", "errorClass", "key", "from", "to"] as const;
export type DeadLetterFilter = Partial<Record<(typeof DEAD_LETTER_FILTERS)[number], string>>;

/** Every dead-letter query key starts with this, so one invalidation refreshes lists and details. */
export const DEAD_LETTERS_KEY = "dead-letters";

/** Shared by the server's prefetch and the browser's queries, so the cache entries line up. */
export const deadLetterListKey = (status: StatusFilter, filter: DeadLetterFilter) => [DEAD_LETTERS_KEY, "list", status, filter] as const;
export const deadLetterDetailKey = (id: string) => [DEAD_LETTERS_KEY, "detail", id] as const;

export function parseStatusFilter(value: string | string[] | undefined): StatusFilter {
  return statusFilters.find((status) => status === value) ?? "pending";
}

export function deadLetterListUrl(status: StatusFilter, filter: DeadLetterFilter, cursor: string | undefined): string {
  const params = new URLSearchParams({ ...filter, limit: String(PAGE_SIZE) });
  if (status !== "all") params.set("status", status);
  if (cursor) params.set("cursor", cursor);
  return `/api/dlq?${params}`;
}
