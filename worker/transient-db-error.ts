const TRANSIENT_SQLSTATE_CLASSES = ["08", "53", "57"]; // connection, resources, operator intervention
const TRANSIENT_SQLSTATES = new Set(["40001", "40P01"]); // serialization failure, deadlock
const TRANSIENT_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

/**
 * Whether retrying the same write later can succeed. Transient errors are retried forever and
 * never dead-lettered; anything else is a property of the record itself.
 */
export function isTransientDbError(error: unknown): boolean {
  const candidate = (error as { cause?: unknown })?.cause ?? error;
  const { code, message } = (candidate ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string") {
    if (TRANSIENT_NODE_CODES.has(code) || TRANSIENT_SQLSTATES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_SQLSTATE_CLASSES.includes(code.slice(0, 2));
  }
  return typeof message === "string" && /Connection terminated|timeout exceeded when trying to connect/i.test(message);
}
