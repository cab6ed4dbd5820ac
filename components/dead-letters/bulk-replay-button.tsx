"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";
import { plural } from "@/lib/client/plural";

/**
 * "Replay selected", asking first: a bulk replay sends every chosen record back to Kafka at once,
 * so the dialog says exactly how many.
 */
export function BulkReplayButton({ count, busy, onConfirm }: { count: number; busy: boolean; onConfirm: () => void }) {
  const letters = plural(count, "dead letter");
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={primaryButtonClass} disabled={count === 0 || busy}>
        {busy ? "Replaying…" : `Replay selected (${count})`}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-xl focus:outline-none dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100">
          <AlertDialog.Title className="text-lg font-semibold">Replay {letters}?</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-slate-600 dark:text-slate-400">
            Each goes back to its topic as it was. Any that fail again come back here as pending.
          </AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel className={secondaryButtonClass}>Cancel</AlertDialog.Cancel>
            <AlertDialog.Action className={primaryButtonClass} onClick={onConfirm}>
              Replay {letters}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
