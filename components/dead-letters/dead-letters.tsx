"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { EmptyState } from "@/components/ui/empty-state";
import { FeedbackLine } from "@/components/ui/feedback-line";
import { TableHead } from "@/components/ui/table-head";
import { fetchJson } from "@/lib/client/fetch-json";
import { DeadLetterRow } from "./dead-letter-row";
import { deadLetterListKey, deadLetterListUrl, type DeadLetterPage, type StatusFilter } from "./dead-letter-queries";
import { useDeadLetterActions } from "./use-dead-letter-actions";

const emptyText: Record<StatusFilter, string> = {
  pending:
    "Nothing is waiting. Records the worker cannot apply (not JSON, not a valid envelope, refused by the database) land here for you to replay or discard.",
  replayed: "No dead letter has been replayed yet.",
  discarded: "No dead letter has been discarded.",
  all: "No record has ever been dead-lettered.",
};

export function DeadLetters({ status }: { status: StatusFilter }) {
  const list = useInfiniteQuery({
    queryKey: deadLetterListKey(status),
    queryFn: ({ pageParam }) => fetchJson<DeadLetterPage>(deadLetterListUrl(status, pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const { replay, discard, feedback, busyId } = useDeadLetterActions();
  const letters = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="space-y-4">
      <FeedbackLine feedback={feedback} />
      {list.isPending ? (
        <div aria-label="Loading dead letters" className="space-y-2">
          {[0, 1, 2].map((row) => (
            <div key={row} className="h-10 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
      ) : list.isError ? (
        <div role="alert" className="rounded border border-rose-300 p-4 text-sm text-rose-700">
          Could not load dead letters: {list.error.message}{" "}
          <button type="button" className="underline" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : letters.length === 0 ? (
        <EmptyState>{emptyText[status]}</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <TableHead columns={["Status", "Error", "Key and origin", "Tries", "Last failed", "Actions"]} />
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {letters.map((letter) => (
              <DeadLetterRow
                key={letter.id}
                letter={letter}
                busy={busyId === letter.id}
                onReplay={(target) => replay.mutate({ letter: target })}
                onDiscard={(target) => discard.mutate(target)}
              />
            ))}
          </tbody>
        </table>
      )}
      {list.hasNextPage ? (
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1 text-sm"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </section>
  );
}
