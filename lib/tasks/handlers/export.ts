import { exportChunks, exportFileShapes } from "../../events/export-file";
import { filteredEvents } from "../../events/filtered-events";
import { writeTaskFileChunk } from "../task-file-chunks";
import { exportDataSchema } from "../task-data-schemas";
import { defineTask } from "./task-handler";

export const exportTask = defineTask({
  type: "export",
  data: exportDataSchema,
  /**
   * Writes the processed events matching the filter (newest first, within EXPORT_MAX_ROWS and
   * EXPORT_MAX_BYTES) to a file, storing each chunk as soon as it is encoded.
   */
  async run({ taskId, attempt, services }, { filter, format }) {
    const limits = services.exportLimits;
    const chunks = exportChunks(filteredEvents(services.db, filter, limits), format, limits);
    let chunkCount = 0;
    let next = await chunks.next();
    while (!next.done) {
      await writeTaskFileChunk(services.db, { taskId, attempt, seq: chunkCount, body: next.value });
      chunkCount += 1;
      next = await chunks.next();
    }
    const { rowCount, bytes, truncated } = next.value;
    const file = { filename: `events-${taskId}.${format}`, contentType: exportFileShapes[format].contentType, attempt, chunkCount, bytes, rowCount };
    return { result: { rowCount, bytes, truncated, download: `/api/tasks/${taskId}/download` }, file };
  },
});
