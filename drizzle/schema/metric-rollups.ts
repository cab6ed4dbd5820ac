import { bigint, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Per-minute counts the worker keeps as it applies records, so charts and totals never scan the
 * events table. A latency metric has one row per histogram bucket (`le_ms` is the bucket's upper
 * bound); a plain count has `le_ms` 0. Written in the same statement as the effect it counts, so
 * a redelivered record is not counted twice.
 */
export const metricRollups = pgTable(
  "metric_rollups",
  {
    minute: timestamp("minute", { withTimezone: true }).notNull(),
    metric: text("metric").notNull(),
    /** e.g. the event type; '' when the metric has none. */
    dimension: text("dimension").notNull().default(""),
    leMs: integer("le_ms").notNull().default(0),
    count: bigint("count", { mode: "number" }).notNull(),
  },
  // The key is also the charts' index: one metric over a time range (metric, then minute).
  (table) => [primaryKey({ columns: [table.metric, table.minute, table.dimension, table.leMs] })],
);
