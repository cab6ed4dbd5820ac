"use client";

import { FeedbackMessage } from "@/components/ui/feedback-message";
import { PagedList } from "@/components/ui/paged-list";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import { deadLetterListKey, deadLetterListUrl, type DeadLetterFilter, type StatusFilter } from "./dead-letter-queries";
import { DeadLetterTable } from "./dead-letter-table";
import { useDeadLetterActions } from "./use-dead-letter-actions";

const emptyText: Record<StatusFilter, string> = {
  pending:
    "Nothing is waiting. Records the worker cannot apply (not JSON, not a valid envelope, refused by the database) land here for you to replay or discard.",
  replayed: "No dead letter has been replayed yet.",
  discarded: "No dead letter has been discarded.",
  all: "No record has ever been dead-lettered.",
};

export function DeadLetters({ status, filter }: { status: StatusFilter; filter: DeadLetterFilter }) {
  const list = usePagedQuery<DeadLetterView>(deadLetterListKey(status, filter), (cursor) => deadLetterListUrl(status, filter, cursor));
  const actions = useDeadLetterActions();

  return (
    <section className="space-y-4">
      <FeedbackMessage feedback={actions.feedback} />
      <PagedList list={list} noun="dead letters" empty={emptyText[status]}>
        {(letters) => <DeadLetterTable letters={letters} actions={actions} />}
      </PagedList>
    </section>
  );
}
