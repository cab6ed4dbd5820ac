import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import type { RetryPolicy } from "../../lib/jobs/retry-policy";
import { jobStatuses } from "../../lib/jobs/job-status";
import { taskTypes } from "../../lib/tasks/task-enums";
import { jobError, preciseTime } from "./columns";

export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey(),
    type: text("type", { enum: taskTypes }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    /** A task is a one-step job: the engine's vocabulary (the API shows seed 000's words, see task-enums). */
    status: text("status", { enum: jobStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** The first attempt of the current run: a replayed task gets its retries afresh. */
    runStartAttempt: integer("run_start_attempt").notNull().default(1),
    retryPolicy: jsonb("retry_policy").$type<RetryPolicy>().notNull(),
    /** What the handler produced: the rendered email, the webhook's answer, the export's summary. */
    result: jsonb("result").$type<Record<string, unknown>>(),
    ...jobError(),
    requestId: text("request_id"),
    /** SHA-256 of the creating request, kept when it carried an Idempotency-Key, to tell a repeat from a reuse. */
    requestFingerprint: text("request_fingerprint"),
    createdAt: preciseTime("created_at").notNull().defaultNow(),
    updatedAt: preciseTime("updated_at").notNull().defaultNow(),
    completedAt: preciseTime("completed_at"),
  },
  (table) => [
    // GET /api/tasks newest first, unfiltered or by time range.
    index("tasks_created_idx").on(table.createdAt.desc(), table.id.desc()),
    // GET /api/tasks?status=...
    index("tasks_status_created_idx").on(table.status, table.createdAt.desc(), table.id.desc()),
    // GET /api/tasks?type=...
    index("tasks_type_created_idx").on(table.type, table.createdAt.desc(), table.id.desc()),
  ],
);

export type Task = typeof tasks.$inferSelect;
