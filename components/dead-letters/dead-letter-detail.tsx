"use client";

import { useQuery } from "@tanstack/react-query";
import { useHasRole } from "@/components/auth/signed-in-user";
import { DeadLetterLineage } from "@/components/lineage/dead-letter-lineage";
import { FeedbackMessage } from "@/components/ui/feedback-message";
import { RelativeTime } from "@/components/ui/relative-time";
import { Section } from "@/components/ui/section";
import { HeaderList } from "@/components/ui/header-list";
import { RecordValue } from "@/components/ui/record-value";
import type { DeadLetterDetail } from "@/lib/dead-letters/get-dead-letter";
import { fetchJson } from "@/lib/client/fetch-json";
import { deadLetterDetailKey } from "./dead-letter-queries";
import { ReplayEditor } from "./replay-editor";
import { useDeadLetterActions } from "./use-dead-letter-actions";

export function DeadLetterDetailView({ id }: { id: string }) {
  const detail = useQuery({
    queryKey: deadLetterDetailKey(id),
    queryFn: () => fetchJson<DeadLetterDetail>(`/api/dlq/${id}`),
  });
  const { replay, discard, feedback, busyId } = useDeadLetterActions();
  const canOperate = useHasRole("operator");
  if (detail.isPending)
    return <div aria-label="Loading dead letter" className="h-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />;
  if (detail.isError) {
    return (
      <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
        Could not load this dead letter: {detail.error.message}
      </p>
    );
  }
  const letter = detail.data;
  const actionable = letter.status === "pending" && busyId !== letter.id;
  return (
    <div className="space-y-4">
      <FeedbackMessage feedback={feedback} />
      <Section title="Failure">
        <p className="text-sm">
          <span data-testid="dead-letter-status" className="font-medium">
            {letter.status}
          </span>{" "}
          · {letter.errorClass} · {letter.attempts} attempt{letter.attempts === 1 ? "" : "s"} · {letter.replayCount} replay
          {letter.replayCount === 1 ? "" : "s"}
        </p>
        <p className="break-words text-sm text-slate-600 dark:text-slate-400">{letter.errorMessage}</p>
        <p className="text-xs text-slate-500">
          {letter.topic} · partition {letter.partition} · offset {letter.offset} · key {letter.key ?? "—"} · first failed{" "}
          <RelativeTime iso={letter.firstFailedAt} inline /> · last failed <RelativeTime iso={letter.lastFailedAt} inline />
        </p>
        {canOperate && (
          <div className="flex gap-2 pt-2">
            <button
              type="button"
              disabled={!actionable}
              onClick={() => replay.mutate({ letter })}
              className="rounded border border-indigo-600 bg-indigo-600 px-3 py-1 text-sm font-medium text-white disabled:opacity-40"
            >
              Replay as it was
            </button>
            <button
              type="button"
              disabled={!actionable}
              onClick={() => discard.mutate(letter)}
              className="rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-40 dark:border-slate-700"
            >
              Discard
            </button>
          </div>
        )}
      </Section>
      <Section title="Lineage">
        <DeadLetterLineage lineage={letter.lineage} />
      </Section>
      <Section title="Record">
        <RecordValue record={letter} />
      </Section>
      {canOperate && letter.status === "pending" ? (
        <Section title="Edit and replay">
          <ReplayEditor letter={letter} disabled={!actionable} onReplay={(edit) => replay.mutate({ letter, edit })} />
        </Section>
      ) : null}
      <Section title="Headers">
        <HeaderList headers={letter.headers} />
      </Section>
      <Section title="History">
        <ol className="space-y-1 text-sm">
          {letter.history.map((entry, index) => (
            <li key={index}>
              <span className="font-medium">{entry.action.replace("_", " ")}</span> by {entry.actor} ·{" "}
              <RelativeTime iso={entry.at} inline />
              {"edit" in entry.details ? <span className="text-slate-500"> · with an edit</span> : null}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
