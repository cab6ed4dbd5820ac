import { AppError } from "../errors";
import { assertJsonShape } from "./json-shape";
import { assertStorableJson } from "./json-values";

export type JsonBodyOptions = {
  /**
   * For bodies that only go to Kafka (events, test messages): a NUL character is valid JSON and
   * Kafka carries it; a record PostgreSQL cannot store is dead-lettered by the worker instead.
   */
  allowNul?: boolean;
};

/**
 * Reads a JSON request body without ever holding more than `maxBytes`: a declared length over
 * the limit is refused before reading, and a chunked body is cut off as soon as it passes it.
 */
export async function readJsonBody(request: Request, maxBytes: number, options: JsonBodyOptions = {}): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Content-Type must be application/json");
  }
  return parseJsonText(await readBodyText(request, maxBytes), options);
}

/** Parses a body's text as JSON: its depth and size checked before, its values after (see json-shape, json-values). */
export function parseJsonText(text: string, options: JsonBodyOptions = {}): unknown {
  assertJsonShape(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new AppError("invalid_json", `Body is not valid JSON: ${(error as Error).message}`);
  }
  assertStorableJson(body, { allowNul: options.allowNul ?? false });
  return body;
}

/** For bodies that may be left out: no body at all reads as `{}`. */
export async function readOptionalJsonBody(request: Request, maxBytes: number, options: JsonBodyOptions = {}): Promise<unknown> {
  const declaredLength = request.headers.get("content-length");
  if (declaredLength === "0" || (declaredLength === null && !request.headers.has("transfer-encoding"))) return {};
  return readJsonBody(request, maxBytes, options);
}

/** Any body as text, under the same bound: a declared length over it is refused before reading. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declaredLength = Number(request.headers.get("content-length") ?? NaN);
  if (declaredLength > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `Body exceeds the limit of ${maxBytes} bytes`);
}
