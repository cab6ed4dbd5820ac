import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";

/** A server-loaded list in its three states: the failure, the empty state, or the items. */
export function LoadedList<T>(props: {
  result: { data: T[] } | { error: string };
  failure: string;
  empty: ReactNode;
  render: (item: T) => ReactNode;
}) {
  const { result } = props;
  if ("error" in result) {
    return (
      <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
        {props.failure}: {result.error}
      </p>
    );
  }
  if (result.data.length === 0) return <EmptyState>{props.empty}</EmptyState>;
  return <div className="space-y-3">{result.data.map(props.render)}</div>;
}
