import { integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { jobStatuses } from "../../lib/jobs/job-status";
import { jobError, preciseTime } from "./columns";
import { workflows } from "./workflows";

export const workflowSteps = pgTable(
  "workflow_steps",
  {
    workflowId: uuid("workflow_id")
      .notNull()
      .references(() => workflows.id, { onDelete: "cascade" }),
    stepIndex: integer("step_index").notNull(),
    type: text("type").notNull(),
    options: jsonb("options").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: jobStatuses }).notNull().default("pending"),
    /** Every attempt ever made, across retries and replays. */
    attempts: integer("attempts").notNull().default(0),
    /** The first attempt of the current run: retries are counted from here, so a replay or retry starts afresh. */
    runStartAttempt: integer("run_start_attempt").notNull().default(1),
    startedAt: preciseTime("started_at"),
    finishedAt: preciseTime("finished_at"),
    wakeAt: preciseTime("wake_at"),
    ...jobError(),
    output: jsonb("output").$type<Record<string, unknown>>(),
  },
  (table) => [primaryKey({ columns: [table.workflowId, table.stepIndex] })],
);

export type WorkflowStep = typeof workflowSteps.$inferSelect;
