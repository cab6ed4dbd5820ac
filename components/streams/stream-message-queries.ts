import type { MessagePage } from "@/lib/streams/browse-messages";

export type { MessagePage };

const FILTER_NAMES = ["partition", "offset", "time", "key", "contains"] as const;

/** The filter as it stands in the page's URL and goes to the API: text, only names that have a value. */
export type FilterValues = Partial<Record<(typeof FILTER_NAMES)[number], string>>;

export function filterValues(params: Record<string, string | string[] | undefined>): FilterValues {
  return Object.fromEntries(FILTER_NAMES.flatMap((name) => (typeof params[name] === "string" && params[name] ? [[name, params[name]]] : [])));
}

/** Every message query of a topic starts with this, so one invalidation refreshes them all. */
export const streamMessagesRoot = (topic: string) => ["stream-messages", topic] as const;

/** Shared by the server's prefetch and the browser's query, so the cache entries line up. */
export const streamMessagesKey = (topic: string, filter: FilterValues) => [...streamMessagesRoot(topic), filter] as const;

export function streamMessagesUrl(topic: string, filter: FilterValues, cursor?: string): string {
  const params = new URLSearchParams(filter);
  if (cursor) params.set("cursor", cursor);
  return `/api/streams/${encodeURIComponent(topic)}/messages?${params}`;
}
