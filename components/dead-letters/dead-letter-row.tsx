"use client";

import Link from "next/link";
import { checkboxClass } from "@/components/forms/field";
import { CopyableId } from "@/components/ui/copyable-id";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";

const button =
  "rounded border px-2 py-1 text-xs font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-40";

export function DeadLetterRow(props: {
  letter: DeadLetterView;
  busy: boolean;
  /** Viewers get the row without its checkbox and buttons. */
  canOperate: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onReplay: (letter: DeadLetterView) => void;
  onDiscard: (letter: DeadLetterView) => void;
}) {
  const { letter, busy } = props;
  const actionable = letter.status === "pending" && !busy;
  const name = letter.key ?? letter.id;
  return (
    <tr data-testid={`dead-letter-${letter.id}`} className="align-top">
      {props.canOperate && (
        <td className="py-2 pr-3">
          <input
            type="checkbox"
            aria-label={`Select dead letter ${name}`}
            className={checkboxClass}
            // Only pending letters can be replayed; one being acted on is left alone.
            disabled={!actionable}
            checked={props.selected && actionable}
            onChange={(event) => props.onSelect(event.target.checked)}
          />
        </td>
      )}
      <td className="py-2 pr-3">
        <StatusBadge status={letter.status} />
      </td>
      <td className="py-2 pr-3">
        <div className="font-medium">{letter.errorClass}</div>
        {/* Payload-derived text is rendered as text only: React escapes it. */}
        <div className="max-w-md truncate text-xs text-slate-500" title={letter.errorMessage}>
          {letter.errorMessage}
        </div>
      </td>
      <td className="py-2 pr-3">
        <Link href={`/dlq/${letter.id}`} className="break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          {letter.key ?? letter.id}
        </Link>
        <div className="text-xs text-slate-500">
          {letter.topic} · p{letter.partition} · #{letter.offset}
        </div>
        <CopyableId id={letter.id} noun="dead-letter id" />
      </td>
      <td className="py-2 pr-3 text-xs">
        {letter.attempts} attempt{letter.attempts === 1 ? "" : "s"}
        <br />
        {letter.replayCount} replay{letter.replayCount === 1 ? "" : "s"}
      </td>
      <td className="py-2 pr-3 text-xs">
        <RelativeTime iso={letter.lastFailedAt} />
      </td>
      {props.canOperate && (
        <td className="whitespace-nowrap py-2">
          <div className="flex gap-2">
            <button
              type="button"
              className={`${button} border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700`}
              disabled={!actionable}
              aria-label={`Replay dead letter ${name}`}
              onClick={() => props.onReplay(letter)}
            >
              Replay
            </button>
            <button
              type="button"
              className={`${button} border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800`}
              disabled={!actionable}
              aria-label={`Discard dead letter ${name}`}
              onClick={() => props.onDiscard(letter)}
            >
              Discard
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}
