import type { ProcessedEventView } from "./event-view";

export const EVENT_CSV_COLUMNS = ["eventId", "eventType", "key", "source", "timestamp", "processedAt", "payload"] as const;

/**
 * One CSV field: quoted when it holds a quote, comma or line break. Event data is untrusted, so a
 * value a spreadsheet would run as a formula (starting with = + - @) is prefixed with '.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function eventCsvLine(event: ProcessedEventView): string {
  const values = [event.eventId, event.eventType, event.key, event.source, event.timestamp, event.processedAt, JSON.stringify(event.payload)];
  return `${values.map(csvField).join(",")}\r\n`;
}

export const eventCsvHeader = `${EVENT_CSV_COLUMNS.join(",")}\r\n`;
