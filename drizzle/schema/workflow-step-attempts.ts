import { bigint, foreignKey, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { jobError, preciseTime } from "./columns";
import { workflowSteps } from "./workflow-steps";

export const attemptOutcomes = ["running", "waiting", "completed", "failed"] as const;

/**
 * One row per attempt of a step. A worker that dies mid-attempt leaves it `running`; whoever owns
 * the partition next runs the same attempt again (same idempotency key) and updates this row.
 */
export const workflowStepAttempts = pgTable(
  "workflow_step_attempts",
  {
    workflowId: uuid("workflow_id").notNull(),
    stepIndex: integer("step_index").notNull(),
    attempt: integer("attempt").notNull(),
    outcome: text("outcome", { enum: attemptOutcomes }).notNull(),
    /** Which worker ran it, for tracing a crash. */
    workerId: text("worker_id").notNull(),
    startedAt: preciseTime("started_at").notNull().defaultNow(),
    finishedAt: preciseTime("finished_at"),
    ...jobError(),
    /** Where the command that ran this attempt sat in Kafka, for lineage. */
    commandTopic: text("command_topic"),
    commandPartition: integer("command_partition"),
    commandOffset: bigint("command_offset", { mode: "bigint" }),
    /** The dead letter an operator replayed to start this attempt's run. */
    replayedFrom: uuid("replayed_from"),
  },
  (table) => [
    primaryKey({ columns: [table.workflowId, table.stepIndex, table.attempt] }),
    foreignKey({
      columns: [table.workflowId, table.stepIndex],
      foreignColumns: [workflowSteps.workflowId, workflowSteps.stepIndex],
    }).onDelete("cascade"),
  ],
);

export type WorkflowStepAttempt = typeof workflowStepAttempts.$inferSelect;
