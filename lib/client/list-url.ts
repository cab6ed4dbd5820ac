/** An API list URL for one page: the filter's non-empty values, the page size and the cursor. */
export function listUrl(path: string, filter: Record<string, string | undefined>, limit: number, cursor?: string): string {
  const params = new URLSearchParams({ limit: String(limit) });
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  if (cursor) params.set("cursor", cursor);
  return `${path}?${params}`;
}

/** A page's query string reduced to the named filters, skipping empty and repeated values. */
export function pickFilter<Name extends string>(
  params: Record<string, string | string[] | undefined>,
  names: readonly Name[],
): Partial<Record<Name, string>> {
  const picked: Partial<Record<Name, string>> = {};
  for (const name of names) {
    const value = params[name];
    if (typeof value === "string" && value) picked[name] = value;
  }
  return picked;
}
