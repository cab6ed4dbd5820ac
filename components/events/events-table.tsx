import { CopyableId } from "@/components/ui/copyable-id";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { TableHead } from "@/components/ui/table-head";
import type { ReactNode } from "react";
import type { ProcessedEventView } from "@/lib/events/event-view";

/** Processed events as a table; `empty` says what to do when there are none. */
export function EventsTable({ events, empty }: { events: ProcessedEventView[]; empty: ReactNode }) {
  if (events.length === 0) {
    return <EmptyState>{empty}</EmptyState>;
  }
  return (
    <table className="w-full text-left text-sm">
      <TableHead columns={["Type", "Key", "Event id", "Processed"]} />
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {events.map((event) => (
          <tr key={event.eventId}>
            <td className="py-2 pr-4 font-medium">{event.eventType}</td>
            <td className="py-2 pr-4">{event.key}</td>
            <td className="py-2 pr-4">
              <CopyableId id={event.eventId} noun="event id" href={`/events/${event.eventId}`} />
            </td>
            <td className="py-2">
              <RelativeTime iso={event.processedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
