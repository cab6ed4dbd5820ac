import type { IHeaders } from "kafkajs";

/** Kafka header values arrive as Buffers (or arrays of them); readers want them as text. */
export function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    text[name] = (Array.isArray(value) ? value : [value]).map((part) => part.toString()).join(",");
  }
  return text;
}
