import type { ReactNode } from "react";

/** A card whose one-line summary opens onto details, with the browser's own <details>. */
export function ExpandableCard(props: { testId: string; open?: boolean; summary: ReactNode; children: ReactNode }) {
  return (
    <details
      open={props.open}
      data-testid={props.testId}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1">{props.summary}</summary>
      {props.children}
    </details>
  );
}
