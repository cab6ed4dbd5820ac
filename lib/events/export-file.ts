import { eventCsvHeader, eventCsvLine } from "./csv";
import type { ProcessedEventView } from "./event-view";

export type ExportFormat = "csv" | "json";

/** How large an export may grow and how it is cut up on the way (see EXPORT_* in lib/env/common.ts). */
export type ExportLimits = { maxRows: number; maxBytes: number; pageRows: number; chunkBytes: number };

export type ExportSummary = { rowCount: number; bytes: number; truncated: boolean };

type FileShape = { contentType: string; head: string; item: (event: ProcessedEventView, index: number) => string; tail: string };

/** Each format as a head, one piece per event and a tail, so a file can be written a piece at a time. */
export const exportFileShapes: Record<ExportFormat, FileShape> = {
  csv: { contentType: "text/csv; charset=utf-8", head: eventCsvHeader, item: eventCsvLine, tail: "" },
  json: {
    contentType: "application/json",
    head: "[",
    item: (event, index) => `${index === 0 ? "" : ",\n"}${JSON.stringify(event)}`,
    tail: "]\n",
  },
};

export const exportLimitsFrom = (env: {
  EXPORT_MAX_ROWS: number;
  EXPORT_MAX_BYTES: number;
  EXPORT_PAGE_ROWS: number;
  EXPORT_CHUNK_BYTES: number;
}): ExportLimits => ({ maxRows: env.EXPORT_MAX_ROWS, maxBytes: env.EXPORT_MAX_BYTES, pageRows: env.EXPORT_PAGE_ROWS, chunkBytes: env.EXPORT_CHUNK_BYTES });

/**
 * The file in chunks of at least `chunkBytes` (the last may be smaller), returning what it holds.
 * It ends before the event that would pass `maxRows` or `maxBytes` (tail included) and then says
 * `truncated`; only one chunk is held at a time.
 */
export async function* exportChunks(
  events: AsyncIterable<ProcessedEventView>,
  format: ExportFormat,
  limits: Pick<ExportLimits, "maxRows" | "maxBytes" | "chunkBytes">,
): AsyncGenerator<string, ExportSummary> {
  const shape = exportFileShapes[format];
  const tailBytes = Buffer.byteLength(shape.tail);
  let chunk = shape.head;
  let chunkBytes = Buffer.byteLength(shape.head);
  let bytes = chunkBytes;
  let rowCount = 0;
  let truncated = false;
  for await (const event of events) {
    const piece = shape.item(event, rowCount);
    const pieceBytes = Buffer.byteLength(piece);
    if (rowCount === limits.maxRows || bytes + pieceBytes + tailBytes > limits.maxBytes) {
      truncated = true;
      break;
    }
    chunk += piece;
    chunkBytes += pieceBytes;
    bytes += pieceBytes;
    rowCount += 1;
    if (chunkBytes >= limits.chunkBytes) {
      yield chunk;
      chunk = "";
      chunkBytes = 0;
    }
  }
  chunk += shape.tail;
  if (chunk) yield chunk;
  return { rowCount, bytes: bytes + tailBytes, truncated };
}
