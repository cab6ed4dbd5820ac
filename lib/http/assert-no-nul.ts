import { ValidationError } from "../errors";

/**
 * Text with a NUL character names nothing here, and PostgreSQL refuses it in a text parameter: a
 * query or path value holding one is the caller's mistake (400), not a query to attempt (500).
 */
export function assertNoNul(fields: Iterable<[string, unknown]>): void {
  const bad = [...fields].filter(([, value]) => [value].flat().some((text) => typeof text === "string" && text.includes("\u0000")));
  if (bad.length > 0) {
    throw new ValidationError("Request is invalid", bad.map(([path]) => ({ path, message: "must not contain a NUL character" })));
  }
}
