/** A JSON-object text field's value: empty text is the empty object, anything else must parse to an object. */
export function parseJsonObject(text: string): { value: Record<string, unknown> } | { error: string } {
  if (text.trim() === "") return { value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { error: "Must be a JSON object: { ... }" };
  return { value: parsed as Record<string, unknown> };
}
