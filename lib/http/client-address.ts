/**
 * The caller's address as the nearest proxy reports it: the last X-Forwarded-For entry, the one
 * that proxy appended (earlier entries are whatever the caller wrote). Next.js fills the header
 * with the socket's address when a request arrives without one; a caller that reaches the app
 * directly can still claim any address, which is why production runs behind a proxy.
 */
export function clientAddress(request: { headers: Headers }): string | null {
  return request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || null;
}
