import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { preciseTime } from "./columns";

export const auditOutcomes = ["done", "refused"] as const;
export const auditActorTypes = ["user", "api_key", "anonymous", "system"] as const;

/**
 * Who did or tried what, append-only: a trigger in the migration refuses UPDATE, DELETE and
 * TRUNCATE, so not even the application can rewrite it.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: preciseTime("at").notNull().defaultNow(),
    actorType: text("actor_type", { enum: auditActorTypes }).notNull(),
    actorId: text("actor_id"),
    /** The user's email or the key's name at the time, kept even if the account goes later. */
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    outcome: text("outcome", { enum: auditOutcomes }).notNull(),
    requestId: text("request_id").notNull(),
    clientAddress: text("client_address"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (table) => [
    // The audit page, newest first; cursor = (at, id).
    index("audit_log_at_idx").on(table.at.desc(), table.id.desc()),
    // Filtered by action ("every refused authorization") or by actor.
    index("audit_log_action_at_idx").on(table.action, table.at.desc()),
    index("audit_log_actor_at_idx").on(table.actorName, table.at.desc()),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
