import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Page } from "@/lib/pagination/cursor";

/**
 * A paged list's first page, read on the server and handed to the browser's react-query under the
 * key its query uses, so the list shows with the page. A failed read leaves the cache empty; the
 * browser then fetches and shows its own error.
 */
export async function PrefetchedFirstPage(props: { queryKey: readonly unknown[]; load: () => Promise<Page<unknown>>; children: ReactNode }) {
  const queryClient = new QueryClient();
  await queryClient.prefetchInfiniteQuery({ queryKey: props.queryKey, queryFn: props.load, initialPageParam: undefined });
  return <HydrationBoundary state={dehydrate(queryClient)}>{props.children}</HydrationBoundary>;
}

/** A list small enough to come whole (users, API keys), as the one page a paged query expects. */
export const wholeList = async <T,>(items: Promise<T[]>): Promise<Page<T>> => ({ items: await items, nextCursor: null });
