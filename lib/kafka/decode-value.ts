import { isUtf8 } from "node:buffer";

export type DecodedValue = { value: string | null; json: unknown; valueBase64?: string };

/** A record's value as text, and parsed when it is JSON; bytes that are not UTF-8 only as base64. */
export function decodeValue(bytes: Buffer | null): DecodedValue {
  if (bytes === null) return { value: null, json: null };
  if (!isUtf8(bytes)) return { value: null, valueBase64: bytes.toString("base64"), json: null };
  const value = bytes.toString("utf8");
  try {
    return { value, json: JSON.parse(value) as unknown };
  } catch {
    return { value, json: null };
  }
}
