import type { DbOrTx } from "../db/client";
import { eventCsvHeader, eventCsvLine } from "./csv";
import { listEvents } from "./list-events";
import type { EventFilter } from "./schemas";

/** Exports stop here: beyond it, a filter is the better tool than a spreadsheet. */
export const MAX_EXPORT_EVENTS = 100_000;
const PAGE = 500;

/** The filtered events as CSV, newest first, read page by page so memory stays flat. */
export function exportEventsCsv(db: DbOrTx, filter: EventFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let exported = 0;
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(eventCsvHeader));
      }
      const page = await listEvents(db, { ...filter, cursor, limit: Math.min(PAGE, MAX_EXPORT_EVENTS - exported) });
      controller.enqueue(encoder.encode(page.items.map(eventCsvLine).join("")));
      exported += page.items.length;
      cursor = page.nextCursor ?? undefined;
      if (!cursor || exported >= MAX_EXPORT_EVENTS) controller.close();
    },
  });
}
