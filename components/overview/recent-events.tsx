import { TableHead } from "@/components/ui/table-head";
import type { ProcessedEventView } from "@/lib/events/event-view";
import { formatUtc } from "@/lib/format-utc";

export function RecentEvents({ events }: { events: ProcessedEventView[] }) {
  if (events.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-500 dark:border-slate-700">
        No events processed yet. Post one with{" "}
        <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">POST /api/events</code> — the README has a curl
        example.
      </p>
    );
  }
  return (
    <table className="w-full text-left text-sm">
      <TableHead columns={["Type", "Key", "Event id", "Processed"]} />
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {events.map((event) => (
          <tr key={event.eventId}>
            <td className="py-2 pr-4 font-medium">{event.eventType}</td>
            <td className="py-2 pr-4">{event.key}</td>
            <td className="py-2 pr-4 font-mono text-xs">{event.eventId}</td>
            <td className="py-2" title={event.processedAt}>
              {formatUtc(event.processedAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
