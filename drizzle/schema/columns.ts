import { bigint, boolean, integer, text, timestamp } from "drizzle-orm/pg-core";

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** Where a record sat in Kafka; together these identify one record for lineage and dedup. */
export const kafkaPosition = () => ({
  topic: text("topic").notNull(),
  partition: integer("partition").notNull(),
  offset: bigint("offset", { mode: "bigint" }).notNull(),
});

/**
 * Millisecond precision, as the API shows times: a cursor or filter built from a shown time must
 * select exactly the rows it names.
 */
export const preciseTime = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Why a job's attempt failed, as the engine classified it: kept apart so follow-ups and pages
 * read the class and whether another attempt could help without parsing a message.
 */
export const jobError = () => ({
  errorClass: text("error_class"),
  errorMessage: text("error_message"),
  errorRetryable: boolean("error_retryable"),
});
