"use client";

/** The next page of a cursor-paged list, disabled while it loads. */
export function LoadMoreButton({ list, label }: { list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }; label: string }) {
  if (!list.hasNextPage) return null;
  return (
    <button
      type="button"
      className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-700"
      disabled={list.isFetchingNextPage}
      onClick={() => void list.fetchNextPage()}
    >
      {list.isFetchingNextPage ? "Loading…" : label}
    </button>
  );
}
