import type { DbOrTx } from "../db/client";
import type { ProcessedEventView } from "./event-view";
import { listEvents } from "./list-events";
import type { EventFilter } from "./schemas";

/**
 * The filtered events newest first, read `pageRows` at a time so memory stays flat, and at most
 * one past `maxRows`: enough for an export to know whether it stopped short.
 */
export async function* filteredEvents(
  db: DbOrTx,
  filter: EventFilter,
  { pageRows, maxRows }: { pageRows: number; maxRows: number },
): AsyncGenerator<ProcessedEventView> {
  let cursor: string | undefined;
  let read = 0;
  do {
    const page = await listEvents(db, { ...filter, cursor, limit: Math.min(pageRows, maxRows + 1 - read) });
    yield* page.items;
    read += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && read <= maxRows);
}
