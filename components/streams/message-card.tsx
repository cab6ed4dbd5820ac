"use client";

import { ExpandableCard } from "@/components/ui/expandable-card";
import { HeaderList } from "@/components/ui/header-list";
import { RecordValue } from "@/components/ui/record-value";
import { formatUtc } from "@/lib/format-utc";
import type { StreamMessage } from "@/lib/streams/message-view";
import { reproduceInput } from "@/lib/streams/reproduce-input";
import type { ProduceMessageInput } from "@/lib/streams/schemas";

const PREVIEW_CHARS = 160;

function preview(message: StreamMessage): string {
  if (message.valueBase64 !== undefined) return "(binary)";
  if (message.value === null) return "(no value)";
  return message.value.length > PREVIEW_CHARS ? `${message.value.slice(0, PREVIEW_CHARS)}…` : message.value;
}

/** One record: where and when, key and the start of its value; opened, all of it. Values show as text only. */
export function MessageCard(props: { message: StreamMessage; busy: boolean; onReproduce?: (input: ProduceMessageInput) => void }) {
  const { message } = props;
  const again = reproduceInput(message);
  const summary = (
    <>
      <span className="font-mono text-xs text-slate-500">
        p{message.partition} · #{message.offset}
      </span>
      <span className="text-xs text-slate-500" title={message.timestamp}>
        {formatUtc(message.timestamp)}
      </span>
      <span className="break-all font-mono text-sm">{message.key ?? "(no key)"}</span>
      <span className="w-full truncate font-mono text-xs text-slate-600 dark:text-slate-400">{preview(message)}</span>
    </>
  );
  return (
    <ExpandableCard testId={`message-${message.partition}-${message.offset}`} summary={summary}>
      <div className="mt-3 space-y-3">
        <RecordValue record={message} />
        <h3 className="text-xs font-semibold uppercase text-slate-500">Headers</h3>
        <HeaderList headers={message.headers} />
        {props.onReproduce && (
          <button
            type="button"
            disabled={props.busy || !again}
            title={again ? undefined : "Only text and JSON values can be produced again"}
            onClick={() => again && props.onReproduce?.(again)}
            className="rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Re-produce
          </button>
        )}
      </div>
    </ExpandableCard>
  );
}
