import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import type { RetryPolicy } from "../../lib/jobs/retry-policy";
import { priorities, workflowStatuses } from "../../lib/workflows/workflow-enums";
import { preciseTime } from "./columns";


type JsonObject = Record<string, unknown>;

/** One row per accepted workflow; its steps live in workflow_steps. */
export const workflows = pgTable(
  "workflows",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    priority: text("priority", { enum: priorities }).notNull(),
    status: text("status", { enum: workflowStatuses }).notNull().default("pending"),
    stepCount: integer("step_count").notNull(),
    /** Index of the step running or next to run; equals step_count once completed. */
    currentStep: integer("current_step").notNull().default(0),
    input: jsonb("input").$type<JsonObject>().notNull(),
    /** What the last completed step produced: the next step's input. */
    data: jsonb("data").$type<JsonObject>().notNull(),
    /** What a `store` step persisted. */
    result: jsonb("result").$type<JsonObject>(),
    retryPolicy: jsonb("retry_policy").$type<RetryPolicy>().notNull(),
    metadata: jsonb("metadata").$type<Record<string, string>>(),
    error: text("error"),
    requestId: text("request_id"),
    /** SHA-256 of the creating request, kept when it carried an Idempotency-Key, to tell a repeat from a reuse. */
    requestFingerprint: text("request_fingerprint"),
    createdAt: preciseTime("created_at").notNull().defaultNow(),
    updatedAt: preciseTime("updated_at").notNull().defaultNow(),
    completedAt: preciseTime("completed_at"),
  },
  (table) => [
    // GET /api/workflows newest first, unfiltered, by name search or by time range.
    index("workflows_created_idx").on(table.createdAt.desc(), table.id.desc()),
    // GET /api/workflows?status=... (the failed and processing views operators watch).
    index("workflows_status_created_idx").on(table.status, table.createdAt.desc(), table.id.desc()),
    // GET /api/workflows?priority=...
    index("workflows_priority_created_idx").on(table.priority, table.createdAt.desc(), table.id.desc()),
  ],
);

export type Workflow = typeof workflows.$inferSelect;
export type NewWorkflow = typeof workflows.$inferInsert;
