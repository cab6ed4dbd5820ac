"use client";

import type { ReactNode } from "react";
import type { Page } from "@/lib/pagination/cursor";
import { EmptyState } from "./empty-state";
import { LoadMoreButton } from "./load-more-button";

/** The parts of react-query's infinite query that a paged list reads. */
export type PagedQuery<T> = {
  data?: { pages: Page<T>[] };
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
};

/** A paged list in its states: loading, failed (with a retry), empty, or its items followed by "Load more". */
export function PagedList<T>(props: { list: PagedQuery<T>; noun: string; empty: ReactNode; children: (items: T[]) => ReactNode }) {
  const { list, noun } = props;
  if (list.isPending) {
    return (
      <div aria-label={`Loading ${noun}`} className="space-y-2">
        {[0, 1, 2].map((row) => (
          <div key={row} className="h-10 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
    );
  }
  if (list.isError) {
    return (
      <div role="alert" className="rounded border border-rose-300 dark:border-rose-900 p-4 text-sm text-rose-700 dark:text-rose-300">
        Could not load {noun}: {list.error?.message}{" "}
        <button type="button" className="underline" onClick={() => void list.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return <EmptyState>{props.empty}</EmptyState>;
  return (
    <>
      {props.children(items)}
      <LoadMoreButton list={list} label="Load more" />
    </>
  );
}
