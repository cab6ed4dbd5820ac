import type { DbOrTx } from "../db/client";
import type { ProcessedEventView } from "./event-view";
import { listEvents } from "./list-events";
import type { EventFilter } from "./schemas";

/** Exports stop here: beyond it, a filter is the better tool than a spreadsheet. */
export const MAX_EXPORT_EVENTS = 100_000;
const PAGE = 500;

/** The filtered events newest first, a page at a time, so memory stays flat. */
export async function* filteredEventPages(db: DbOrTx, filter: EventFilter): AsyncGenerator<ProcessedEventView[]> {
  let cursor: string | undefined;
  let exported = 0;
  do {
    const page = await listEvents(db, { ...filter, cursor, limit: Math.min(PAGE, MAX_EXPORT_EVENTS - exported) });
    yield page.items;
    exported += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && exported < MAX_EXPORT_EVENTS);
}
