import { bigint, bigserial, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Consumer lag per partition, sampled periodically by one worker: Kafka itself keeps no history. */
export const lagSamples = pgTable(
  "lag_samples",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    groupId: text("group_id").notNull(),
    topic: text("topic").notNull(),
    partition: integer("partition").notNull(),
    /** Null while the group has never committed this partition. */
    committedOffset: bigint("committed_offset", { mode: "number" }),
    endOffset: bigint("end_offset", { mode: "number" }).notNull(),
    lag: bigint("lag", { mode: "number" }).notNull(),
    sampledAt: timestamp("sampled_at", { withTimezone: true, precision: 3 }).notNull(),
  },
  // The group page's lag history: one group's samples over a time window.
  (table) => [index("lag_samples_group_time_idx").on(table.groupId, table.sampledAt)],
);
