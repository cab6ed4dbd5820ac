import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, kafkaPosition } from "./columns";

export const deadLetterStatuses = ["pending", "replayed", "discarded"] as const;

/** Records the worker could not apply, kept byte-for-byte as they arrived. */
export const deadLetters = pgTable(
  "dead_letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...kafkaPosition(),
    key: text("key"),
    /** The original record value, base64 so that bytes which are not UTF-8 survive. */
    valueBase64: text("value_base64"),
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    errorClass: text("error_class").notNull(),
    errorMessage: text("error_message").notNull(),
    attempts: integer("attempts").notNull().default(1),
    status: text("status", { enum: deadLetterStatuses }).notNull().default("pending"),
    failedAt: timestamp("failed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (table) => [
    // A redelivered record must not be dead-lettered twice.
    unique("dead_letters_position_key").on(table.topic, table.partition, table.offset),
    // The DLQ list: newest first, filtered by status.
    index("dead_letters_status_idx").on(table.status, table.failedAt.desc()),
  ],
);

export type DeadLetter = typeof deadLetters.$inferSelect;
export type NewDeadLetter = typeof deadLetters.$inferInsert;
