import { and, eq, gte, ilike, lte } from "drizzle-orm";
import { auditLog, type DbOrTx } from "../db";
import { escapeLike } from "../db/escape-like";
import { toPage, type Page } from "../pagination/cursor";
import { newestFirst } from "../pagination/newest-first";
import { auditView, type AuditView } from "./audit-view";
import type { AuditListQuery } from "./schemas";

/** The audit log, newest first, by keyset pagination on (at, id). `actor` matches a name's start. */
export async function listAudit(db: DbOrTx, query: AuditListQuery): Promise<Page<AuditView>> {
  const page = newestFirst({ at: auditLog.at, id: auditLog.id }, query.cursor);
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        query.action ? eq(auditLog.action, query.action) : undefined,
        query.outcome ? eq(auditLog.outcome, query.outcome) : undefined,
        query.actor ? ilike(auditLog.actorName, `${escapeLike(query.actor)}%`) : undefined,
        query.from ? gte(auditLog.at, new Date(query.from)) : undefined,
        query.to ? lte(auditLog.at, new Date(query.to)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return toPage(rows, query.limit, auditView, (row) => ({ at: row.at.toISOString(), id: row.id }));
}
