const waiting = "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200";
const moving = "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200";
const done = "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200";
const failed = "bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-200";
const stopped = "bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300";

/** One colour per kind of state, so a status reads the same on every page. */
const tones: Record<string, string> = {
  pending: waiting,
  queued: waiting,
  processing: moving,
  running: moving,
  waiting: moving,
  retrying: "bg-orange-100 text-orange-900 dark:bg-orange-900/40 dark:text-orange-200",
  completed: done,
  replayed: done,
  done,
  active: done,
  enabled: done,
  failed,
  refused: failed,
  cancelled: stopped,
  discarded: stopped,
  revoked: stopped,
  disabled: stopped,
};

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <span data-testid={testId} className={`rounded px-1.5 py-0.5 text-xs ${tones[status] ?? stopped}`}>
      {status}
    </span>
  );
}
