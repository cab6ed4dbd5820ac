"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import type { Page } from "@/lib/pagination/cursor";

/** A newest-first API list, page by page; the server's prefetch uses the same key with no cursor. */
export function usePagedQuery<T>(queryKey: readonly unknown[], urlFor: (cursor: string | undefined) => string) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchJson<Page<T>>(urlFor(pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
