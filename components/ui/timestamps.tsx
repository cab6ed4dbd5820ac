import { RelativeTime } from "./relative-time";

/** Labelled moments ("created 3 minutes ago", "finished …"); the ones that have not happened are left out. */
export function Timestamps({ entries }: { entries: [label: string, iso: string | null][] }) {
  return (
    <p className="flex flex-wrap gap-x-3 text-xs text-slate-500">
      {entries.map(([label, iso]) =>
        iso ? (
          <span key={label}>
            {label} <RelativeTime iso={iso} inline />
          </span>
        ) : null,
      )}
    </p>
  );
}

/** A job's own moments: created, last changed, finished. */
export const jobTimes = (job: { createdAt: string; updatedAt: string; completedAt: string | null }): [string, string | null][] => [
  ["created", job.createdAt],
  ["updated", job.updatedAt],
  ["completed", job.completedAt],
];
