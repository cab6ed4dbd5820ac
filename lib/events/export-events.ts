import type { DbOrTx } from "../db/client";
import { eventCsvHeader, eventCsvLine } from "./csv";
import { filteredEventPages } from "./filtered-event-pages";
import type { EventFilter } from "./schemas";

/** The filtered events as CSV, newest first, streamed page by page. */
export function exportEventsCsv(db: DbOrTx, filter: EventFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = filteredEventPages(db, filter);
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(eventCsvHeader));
      }
      const page = await pages.next();
      if (page.done) controller.close();
      else controller.enqueue(encoder.encode(page.value.map(eventCsvLine).join("")));
    },
  });
}
