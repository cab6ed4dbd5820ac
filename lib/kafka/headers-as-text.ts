import type { IHeaders } from "kafkajs";

/**
 * Kafka header values arrive as Buffers (or arrays of them); readers want them as text. Header
 * names come from whoever produced the record, so they become own properties, never assignments.
 */
export function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {})
      .filter((entry): entry is [string, NonNullable<IHeaders[string]>] => entry[1] !== undefined)
      .map(([name, value]) => [name, (Array.isArray(value) ? value : [value]).map((part) => part.toString()).join(",")]),
  );
}
