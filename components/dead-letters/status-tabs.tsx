import Link from "next/link";
import { statusFilters, type DeadLetterFilter, type StatusFilter } from "./dead-letter-queries";

const labels: Record<StatusFilter, string> = { pending: "Pending", replayed: "Replayed", discarded: "Discarded", all: "All" };

/** The status filter lives in the URL, so a view can be bookmarked and shared; the other filters stay as they are. */
export function StatusTabs({ current, filter }: { current: StatusFilter; filter: DeadLetterFilter }) {
  return (
    <nav aria-label="Status" className="flex gap-1 border-b border-slate-200 dark:border-slate-800">
      {statusFilters.map((status) => (
        <Link
          key={status}
          href={`/dlq?${new URLSearchParams({ ...filter, status })}`}
          aria-current={status === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
            status === current ? "border-indigo-600 font-medium dark:border-indigo-400" : "border-transparent text-slate-500 hover:text-slate-900 dark:hover:text-slate-100"
          }`}
        >
          {labels[status]}
        </Link>
      ))}
    </nav>
  );
}
