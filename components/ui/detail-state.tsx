"use client";

import type { ReactNode } from "react";

type DetailQuery<T> = { data?: T; isPending: boolean; error: Error | null; isRefetchError: boolean };

/**
 * A fetched record in its states: loading, failed, or shown. A refresh that fails keeps the last
 * state on screen and says it may be stale.
 */
export function DetailState<T>({ query, noun, children }: { query: DetailQuery<T>; noun: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <div aria-label={`Loading ${noun}`} className="h-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />;
  if (query.data === undefined) {
    return (
      <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
        Could not load this {noun}: {query.error?.message}
      </p>
    );
  }
  return (
    <>
      {query.isRefetchError ? (
        <p role="alert" className="text-sm text-amber-700 dark:text-amber-400">
          Could not refresh this {noun} ({query.error?.message}); showing what was last read.
        </p>
      ) : null}
      {children(query.data)}
    </>
  );
}
