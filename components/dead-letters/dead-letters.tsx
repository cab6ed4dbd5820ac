"use client";

import { FeedbackMessage } from "@/components/ui/feedback-message";
import { PagedList } from "@/components/ui/paged-list";
import { TableHead } from "@/components/ui/table-head";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import { DeadLetterRow } from "./dead-letter-row";
import { deadLetterListKey, deadLetterListUrl, type StatusFilter } from "./dead-letter-queries";
import { useDeadLetterActions } from "./use-dead-letter-actions";

const emptyText: Record<StatusFilter, string> = {
  pending:
    "Nothing is waiting. Records the worker cannot apply (not JSON, not a valid envelope, refused by the database) land here for you to replay or discard.",
  replayed: "No dead letter has been replayed yet.",
  discarded: "No dead letter has been discarded.",
  all: "No record has ever been dead-lettered.",
};

export function DeadLetters({ status }: { status: StatusFilter }) {
  const list = usePagedQuery<DeadLetterView>(deadLetterListKey(status), (cursor) => deadLetterListUrl(status, cursor));
  const { replay, discard, feedback, busyId } = useDeadLetterActions();

  return (
    <section className="space-y-4">
      <FeedbackMessage feedback={feedback} />
      <PagedList list={list} noun="dead letters" empty={emptyText[status]}>
        {(letters) => (
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
      </PagedList>
    </section>
  );
}
