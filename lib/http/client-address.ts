/** The caller's address as the nearest proxy reports it; null when the request came direct. */
export function clientAddress(request: { headers: Headers }): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
