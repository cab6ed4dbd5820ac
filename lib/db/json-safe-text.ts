/** PostgreSQL text and jsonb cannot hold U+0000; anything else passes unchanged. */
export function jsonSafeText(value: string): string {
  return value.replaceAll("\u0000", "\uFFFD");
}
