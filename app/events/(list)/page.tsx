import type { Metadata } from "next";
import Link from "next/link";
import { EventsFilterForm } from "@/components/events/events-filter-form";
import { EventsTable } from "@/components/events/events-table";
import { toFieldErrors } from "@/lib/errors";
import { eventListQuerySchema, listEvents } from "@/lib/events";
import { utcInputToIso } from "@/lib/format-utc";
import { loadOrError } from "@/lib/load-or-error";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Events" };

const FILTERS = ["type", "key", "from", "to"] as const;

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageUser();
  const params = await searchParams;
  const values = Object.fromEntries(
    [...FILTERS, "cursor"].flatMap((name) => (typeof params[name] === "string" && params[name] ? [[name, params[name]]] : [])),
  ) as Record<string, string>;
  const parsed = eventListQuerySchema.safeParse({ ...values, from: utcInputToIso(values.from), to: utcInputToIso(values.to) });
  const filterQuery = new URLSearchParams(Object.entries(values).filter(([name]) => name !== "cursor"));
  const result = parsed.success ? await loadOrError(() => listEvents(db(), parsed.data)) : null;

  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
        <a href={`/api/events/export?${filterQuery}`} className="ml-auto text-sm text-indigo-700 hover:underline dark:text-indigo-300" download>
          Export CSV
        </a>
      </div>
      <EventsFilterForm values={values} errors={parsed.success ? [] : toFieldErrors(parsed.error)} />
      {result === null ? null : "error" in result ? (
        <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          Could not read processed events: {result.error}
        </p>
      ) : (
        <>
          <EventsTable events={result.data.items} empty="No processed event matches this filter." />
          {result.data.nextCursor ? (
            <Link href={`/events?${new URLSearchParams({ ...Object.fromEntries(filterQuery), cursor: result.data.nextCursor })}`} className="text-sm text-indigo-700 dark:text-indigo-300 hover:underline">
              Older events →
            </Link>
          ) : null}
        </>
      )}
    </div>
  );
}
