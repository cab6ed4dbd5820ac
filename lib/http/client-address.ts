import { normalizeAddress } from "./forwarded-for";

/** Where server.ts leaves the caller's address, in place of whatever the request carried. */
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

/**
 * The caller's address, as server.ts resolved it from the socket and the trusted proxies
 * (TRUSTED_PROXIES): one address, or null when there is none.
 */
export function clientAddress(request: { headers: Headers }): string | null {
  return normalizeAddress(request.headers.get(CLIENT_ADDRESS_HEADER) ?? undefined);
}
