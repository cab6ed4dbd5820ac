import { eventCsvHeader, eventCsvLine } from "../../events/csv";
import { filteredEventPages, MAX_EXPORT_EVENTS } from "../../events/filtered-event-pages";
import { exportDataSchema } from "../task-data-schemas";
import { defineTask } from "./task-handler";

export const exportTask = defineTask({
  type: "export",
  data: exportDataSchema,
  /** Writes the processed events matching the filter (newest first, at most 100,000) to a file. */
  async run({ taskId, services }, { filter, format }) {
    const parts: string[] = format === "csv" ? [eventCsvHeader] : [];
    let rowCount = 0;
    for await (const page of filteredEventPages(services.db, filter)) {
      parts.push(...(format === "csv" ? page.map(eventCsvLine) : page.map((event) => JSON.stringify(event))));
      rowCount += page.length;
    }
    const body = format === "csv" ? parts.join("") : `[${parts.join(",\n")}]\n`;
    const file = {
      filename: `events-${taskId}.${format}`,
      contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json",
      body,
      rowCount,
    };
    return {
      result: { rowCount, bytes: Buffer.byteLength(body), truncated: rowCount >= MAX_EXPORT_EVENTS, download: `/api/tasks/${taskId}/download` },
      file,
    };
  },
});
