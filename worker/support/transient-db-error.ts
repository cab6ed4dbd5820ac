/** SQLSTATE classes that say the record itself is wrong: data exceptions and integrity violations. */
const RECORD_FAULT_CLASSES = ["22", "23"];

/**
 * Whether a failed write should be retried rather than dead-lettered. Only errors the record
 * causes are final; everything else (a lost connection, a missing database or table, a bug) is
 * retried until it heals, because dead-lettering healthy records would be silent data loss.
 */
export function isTransientDbError(error: unknown): boolean {
  const candidate = (error as { cause?: unknown })?.cause ?? error;
  const code = (candidate as { code?: unknown } | undefined)?.code;
  const isSqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
  return !(isSqlState && RECORD_FAULT_CLASSES.includes(code.slice(0, 2)));
}
