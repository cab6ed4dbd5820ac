import type { Actor } from "../auth/actor";
import { principalName } from "../auth/principal";
import type { auditOutcomes } from "../db";
import type { AuditAction } from "./schemas";

export type AuditEntry = {
  actor: Actor;
  action: AuditAction;
  outcome?: (typeof auditOutcomes)[number];
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
};

/** The row for an entry; the actor's name is copied, so it survives the account. */
export function auditRow({ actor, ...entry }: AuditEntry) {
  const { principal } = actor;
  return {
    actorType: principal.type,
    actorId: principal.type === "anonymous" ? null : principal.id,
    actorName: principalName(principal),
    action: entry.action,
    outcome: entry.outcome ?? "done",
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    requestId: actor.requestId,
    clientAddress: actor.clientAddress,
    details: entry.details ?? null,
  };
}
