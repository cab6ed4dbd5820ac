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
    replayCount: integer("replay_count").notNull().default(0),
    // Millisecond precision, as the API shows times: a cursor or filter built from a shown time
    // must select exactly the rows it names.
    /** When the record first failed. */
    failedAt: timestamp("failed_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** When it last failed: a replay that fails again brings the letter back with this updated. */
    lastFailedAt: timestamp("last_failed_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (table) => [
    // A redelivered record must not be dead-lettered twice.
    unique("dead_letters_position_key").on(table.topic, table.partition, table.offset),
    // GET /api/dlq newest first, unfiltered or by time range; cursor = (last_failed_at, id).
    index("dead_letters_last_failed_idx").on(table.lastFailedAt.desc(), table.id.desc()),
    // GET /api/dlq?key=..., and lineage: a workflow's or task's dead letters (their key is its id).
    index("dead_letters_key_idx").on(table.key, table.lastFailedAt.desc()),
    // GET /api/dlq?status=... (the pending queue is what operators look at).
    index("dead_letters_status_last_failed_idx").on(table.status, table.lastFailedAt.desc(), table.id.desc()),
  ],
);

export type DeadLetter = typeof deadLetters.$inferSelect;
export type NewDeadLetter = typeof deadLetters.$inferInsert;
