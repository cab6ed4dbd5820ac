import { describe, expect, it } from "vitest";
import { eventCsvHeader } from "./csv";
import type { ProcessedEventView } from "./event-view";
import { exportChunks, type ExportFormat } from "./export-file";

const event = (n: number, payload: Record<string, unknown> = { n }): ProcessedEventView => ({
  eventId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  eventType: "test.export",
  key: "k",
  source: "test",
  timestamp: "2026-01-01T00:00:00.000Z",
  payload,
  schemaVersion: 1,
  acceptedAt: "2026-01-01T00:00:00.000Z",
  processedAt: "2026-01-01T00:00:01.000Z",
  requestId: null,
  kafka: { topic: "events", partition: 0, offset: String(n) },
});

/** Counts how many events the exporter pulled, to show it stops reading at its limit. */
function source(count: number, payload?: (n: number) => Record<string, unknown>) {
  const pulled = { count: 0 };
  async function* events() {
    for (let n = 0; n < count; n += 1) {
      pulled.count += 1;
      yield event(n, payload?.(n));
    }
  }
  return { events: events(), pulled };
}

async function drain(format: ExportFormat, count: number, limits: { maxRows: number; maxBytes: number; chunkBytes: number }, payload?: (n: number) => Record<string, unknown>) {
  const { events, pulled } = source(count, payload);
  const generator = exportChunks(events, format, limits);
  const chunks: string[] = [];
  let next = await generator.next();
  while (!next.done) {
    chunks.push(next.value);
    next = await generator.next();
  }
  return { chunks, text: chunks.join(""), summary: next.value, pulled: pulled.count };
}

const roomy = { maxRows: 1000, maxBytes: 1024 * 1024, chunkBytes: 1024 * 1024 };

describe("exportChunks", () => {
  it("writes JSON as one array, whatever the chunking", async () => {
    const whole = await drain("json", 30, roomy);
    const chunked = await drain("json", 30, { ...roomy, chunkBytes: 100 });
    expect(JSON.parse(whole.text)).toEqual(Array.from({ length: 30 }, (_, n) => event(n)));
    expect(chunked.text).toBe(whole.text);
    expect(whole.chunks).toHaveLength(1);
    expect(chunked.chunks.length).toBeGreaterThanOrEqual(30);
    expect(whole.summary).toEqual({ rowCount: 30, bytes: Buffer.byteLength(whole.text), truncated: false });
  });

  it("writes CSV as a header and one line per event", async () => {
    const { text, summary } = await drain("csv", 3, { ...roomy, chunkBytes: 1 });
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("eventId,eventType,key,source,timestamp,processedAt,payload");
    expect(lines).toHaveLength(4);
    expect(summary).toEqual({ rowCount: 3, bytes: Buffer.byteLength(text), truncated: false });
  });

  it("an empty export is still a whole file", async () => {
    expect((await drain("json", 0, roomy)).text).toBe("[]\n");
    const csv = await drain("csv", 0, roomy);
    expect(csv.text).toBe(eventCsvHeader);
    expect(csv.summary).toEqual({ rowCount: 0, bytes: eventCsvHeader.length, truncated: false });
  });

  it("keeps every chunk near the chunk size: at most one event past it", async () => {
    const { chunks } = await drain("csv", 200, { ...roomy, chunkBytes: 2048 }, (n) => ({ note: "x".repeat(n) }));
    const lineBytes = 400;
    for (const chunk of chunks.slice(0, -1)) {
      expect(Buffer.byteLength(chunk)).toBeGreaterThanOrEqual(2048);
      expect(Buffer.byteLength(chunk)).toBeLessThan(2048 + lineBytes);
    }
  });

  it("stops at maxRows, says truncated, and reads only one event past it", async () => {
    const { text, summary, pulled } = await drain("json", 100, { ...roomy, maxRows: 10 });
    expect(JSON.parse(text)).toHaveLength(10);
    expect(summary).toMatchObject({ rowCount: 10, truncated: true });
    expect(pulled).toBe(11);
  });

  it("exactly maxRows events is not truncated", async () => {
    expect((await drain("json", 10, { ...roomy, maxRows: 10 })).summary).toMatchObject({ rowCount: 10, truncated: false });
  });

  it("stops before the event that would pass maxBytes, the closing bracket counted, and stays valid", async () => {
    const maxBytes = 5000;
    const { text, summary } = await drain("json", 100, { ...roomy, maxBytes, chunkBytes: 700 }, () => ({ note: "é".repeat(50) }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes);
    expect(summary.bytes).toBe(Buffer.byteLength(text));
    expect(summary.truncated).toBe(true);
    expect(JSON.parse(text)).toHaveLength(summary.rowCount);
    expect(summary.rowCount).toBeGreaterThan(0);
  });
});
