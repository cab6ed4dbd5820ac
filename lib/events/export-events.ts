import type { DbOrTx } from "../db/client";
import { exportChunks, type ExportLimits } from "./export-file";
import { filteredEvents } from "./filtered-events";
import type { EventFilter } from "./schemas";

/** The filtered events as CSV, newest first, a chunk at a time, within the export limits. */
export function exportEventsCsv(db: DbOrTx, filter: EventFilter, limits: ExportLimits): AsyncGenerator<string> {
  return exportChunks(filteredEvents(db, filter, limits), "csv", limits);
}
