import { listUrl } from "@/lib/client/list-url";

export const PAGE_SIZE = 50;
/** What GET /api/audit filters on, kept in the page's URL. */
export const AUDIT_FILTERS = ["action", "outcome", "actor", "from", "to"] as const;
export type AuditFilter = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

/** Shared by the server's prefetch and the browser's queries, so the cache entries line up. */
export const auditListKey = (filter: AuditFilter) => ["audit", "list", filter] as const;

export const auditListUrl = (filter: AuditFilter) => (cursor: string | undefined) => listUrl("/api/audit", filter, PAGE_SIZE, cursor);
