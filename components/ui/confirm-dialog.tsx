"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";

/**
 * A button that asks before it acts, for actions too big or too final to take by a slip: the
 * dialog says what will happen, and Cancel has the focus when it opens.
 */
export function ConfirmDialog(props: {
  trigger: ReactNode;
  triggerClassName: string;
  /** The trigger's accessible name, where its text alone would not say what it acts on. */
  triggerLabel?: string;
  disabled?: boolean;
  title: string;
  description: ReactNode;
  confirm: string;
  confirmClassName?: string;
  onConfirm: () => void;
}) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={props.triggerClassName} disabled={props.disabled} aria-label={props.triggerLabel}>
        {props.trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-xl focus:outline-none dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100">
          <AlertDialog.Title className="text-lg font-semibold">{props.title}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-slate-600 dark:text-slate-400">{props.description}</AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel className={secondaryButtonClass}>Cancel</AlertDialog.Cancel>
            <AlertDialog.Action className={props.confirmClassName ?? primaryButtonClass} onClick={props.onConfirm}>
              {props.confirm}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
