"use client";

import { primaryButtonClass } from "@/components/forms/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { plural } from "@/lib/client/plural";

/**
 * "Replay selected", asking first: a bulk replay sends every chosen record back to Kafka at once,
 * so the dialog says exactly how many.
 */
export function BulkReplayButton({ count, busy, onConfirm }: { count: number; busy: boolean; onConfirm: () => void }) {
  const letters = plural(count, "dead letter");
  return (
    <ConfirmDialog
      trigger={busy ? "Replaying…" : `Replay selected (${count})`}
      triggerClassName={primaryButtonClass}
      disabled={count === 0 || busy}
      title={`Replay ${letters}?`}
      description="Each goes back to its topic as it was. Any that fail again come back here as pending."
      confirm={`Replay ${letters}`}
      onConfirm={onConfirm}
    />
  );
}
