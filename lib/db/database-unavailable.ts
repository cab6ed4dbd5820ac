/** Socket failures: the server is down, restarting or out of reach. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * SQLSTATEs that say the server cannot serve now, whatever was asked: connection exceptions
 * (class 08), too many connections, and shutting down or starting up.
 */
const busyOrGone = (code: string) => code.startsWith("08") || ["53300", "57P01", "57P02", "57P03"].includes(code);

/** pg-pool and pg report these as plain errors: a full pool's wait ran out, or a connection dropped. */
const CONNECTION_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
];

/**
 * Whether a failure means the database could not be reached or had no connection to spare, as
 * opposed to a query it refused. Looks through wrappers (drizzle's query error keeps the driver's
 * error as its cause).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let at = error, hops = 0; at instanceof Error && hops < 5; at = at.cause, hops++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || busyOrGone(code))) return true;
    if (CONNECTION_MESSAGES.includes(at.message)) return true;
  }
  return false;
}
