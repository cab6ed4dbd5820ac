export type { AuditEntry } from "./audit-entry";
export { auditView, type AuditView } from "./audit-view";
export { listAudit } from "./list-audit";
export { recordAudit } from "./record-audit";
export { auditActions, auditListQuerySchema, type AuditAction, type AuditListQuery } from "./schemas";
