import type { ReactNode } from "react";

export const controlClass =
  "rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-rose-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

export const primaryButtonClass =
  "rounded border border-indigo-600 bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-40";

export const secondaryButtonClass =
  "rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800";

export const checkboxClass =
  "h-4 w-4 cursor-pointer accent-indigo-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-40";

export type ControlA11y = { "aria-invalid": true | undefined; "aria-describedby": string };

/** A labelled control with its hint and its inline error, tied to the control for screen readers. */
export function Field(props: { label: string; name: string; error?: string; hint?: ReactNode; children: (a11y: ControlA11y) => ReactNode }) {
  const messageId = `${props.name.replaceAll(".", "-")}-message`;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        {props.label}
        {props.children({ "aria-invalid": props.error ? true : undefined, "aria-describedby": messageId })}
      </label>
      <p id={messageId} className={`text-xs ${props.error ? "text-rose-600 dark:text-rose-400" : "text-slate-500"}`}>
        {props.error ?? props.hint}
      </p>
    </div>
  );
}

/** The form-wide error (what the server said), shown above the submit button. */
export function FormError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
      {message}
    </p>
  ) : null;
}
