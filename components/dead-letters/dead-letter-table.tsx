"use client";

import { useHasRole } from "@/components/auth/signed-in-user";
import { TableHead } from "@/components/ui/table-head";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import { plural } from "@/lib/client/plural";
import { BulkReplayButton } from "./bulk-replay-button";
import { DeadLetterRow } from "./dead-letter-row";
import { SelectAllCheckbox } from "./select-all-checkbox";
import { useDeadLetterSelection } from "./selection-store";
import type { useDeadLetterActions } from "./use-dead-letter-actions";

/**
 * The loaded letters with a checkbox each and a bulk replay for the ticked ones. Only letters that
 * are pending on this page count as selected, so a tick on one that has since changed is ignored.
 * A viewer sees the letters without any of the controls.
 */
export function DeadLetterTable({ letters, actions }: { letters: DeadLetterView[]; actions: ReturnType<typeof useDeadLetterActions> }) {
  const { selected, select, clear } = useDeadLetterSelection();
  const { replay, discard, bulkReplay, busyId } = actions;
  const selectable = letters.filter((letter) => letter.status === "pending" && letter.id !== busyId).map((letter) => letter.id);
  const chosen = selectable.filter((id) => selected.has(id));
  const canOperate = useHasRole("operator");
  const selectAll = <SelectAllCheckbox key="all" ids={selectable} selected={selected} onChange={(on) => select(selectable, on)} />;
  return (
    <div className="space-y-3">
      {canOperate && (
        <div className="flex flex-wrap items-center gap-3">
          <BulkReplayButton
            count={chosen.length}
            busy={bulkReplay.isPending}
            onConfirm={() => bulkReplay.mutate(chosen, { onSuccess: clear })}
          />
          <span className="text-sm text-slate-500">
            {chosen.length > 0 ? `${plural(chosen.length, "dead letter")} selected` : "Tick pending letters to replay several at once."}
          </span>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <TableHead
            columns={[
              ...(canOperate ? [selectAll] : []),
              "Status",
              "Error",
              "Key and origin",
              "Tries",
              "Last failed",
              ...(canOperate ? ["Actions"] : []),
            ]}
          />
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {letters.map((letter) => (
              <DeadLetterRow
                key={letter.id}
                letter={letter}
                busy={busyId === letter.id || bulkReplay.isPending}
                canOperate={canOperate}
                selected={selected.has(letter.id)}
                onSelect={(on) => select([letter.id], on)}
                onReplay={(target) => replay.mutate({ letter: target })}
                onDiscard={(target) => discard.mutate(target)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
