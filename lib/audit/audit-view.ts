import type { AuditRow } from "../db";

export const auditView = (row: AuditRow) => ({
  id: row.id,
  at: row.at.toISOString(),
  actor: { type: row.actorType, id: row.actorId, name: row.actorName },
  action: row.action,
  outcome: row.outcome,
  target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
  requestId: row.requestId,
  clientAddress: row.clientAddress,
  details: row.details,
});

export type AuditView = ReturnType<typeof auditView>;
