import { auditLog, type DbOrTx } from "../db";
import { auditRow, type AuditEntry } from "./audit-entry";

/** Appends entries; pass a transaction to make them part of the change they describe. */
export async function recordAudit(db: DbOrTx, ...entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(entries.map(auditRow));
}
