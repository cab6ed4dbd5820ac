import type { DecodedValue } from "@/lib/kafka/decode-value";

function valueText(record: DecodedValue): string {
  if (record.json !== null) return JSON.stringify(record.json, null, 2);
  if (record.value !== null) return record.value;
  return record.valueBase64 === undefined ? "(no value)" : `(binary, base64) ${record.valueBase64}`;
}

/** A Kafka record's value, always as text (never as markup: it is whatever a producer sent). */
export function RecordValue({ record }: { record: DecodedValue }) {
  return <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs dark:bg-slate-950">{valueText(record)}</pre>;
}
