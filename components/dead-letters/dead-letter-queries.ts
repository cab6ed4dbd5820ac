import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import type { Page } from "@/lib/pagination/cursor";

export const statusFilters = ["pending", "replayed", "discarded", "all"] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const PAGE_SIZE = 50;

export type DeadLetterPage = Page<DeadLetterView>;

/** Shared by the server's prefetch and the browser's queries, so the cache entries line up. */
export const deadLetterListKey = (status: StatusFilter) => ["dead-letters", status] as const;

export function parseStatusFilter(value: string | string[] | undefined): StatusFilter {
  return statusFilters.find((status) => status === value) ?? "pending";
}

export function deadLetterListUrl(status: StatusFilter, cursor: string | undefined): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (status !== "all") params.set("status", status);
  if (cursor) params.set("cursor", cursor);
  return `/api/dlq?${params}`;
}
