import { bigint, integer, text, timestamp } from "drizzle-orm/pg-core";

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** Where a record sat in Kafka; together these identify one record for lineage and dedup. */
export const kafkaPosition = () => ({
  topic: text("topic").notNull(),
  partition: integer("partition").notNull(),
  offset: bigint("offset", { mode: "bigint" }).notNull(),
});
