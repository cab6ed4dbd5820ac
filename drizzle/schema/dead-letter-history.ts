import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { deadLetters } from "./dead-letters";

export const deadLetterActions = ["dead_lettered", "replayed", "failed_again", "discarded"] as const;
export type DeadLetterAction = (typeof deadLetterActions)[number];

/** Append-only story of one dead letter: each failure, replay (with any edit) and discard. */
export const deadLetterHistory = pgTable(
  "dead_letter_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deadLetterId: uuid("dead_letter_id")
      .notNull()
      .references(() => deadLetters.id, { onDelete: "cascade" }),
    action: text("action", { enum: deadLetterActions }).notNull(),
    /** Who did it: an operator once sign-in exists, "anonymous" before, "worker" for failures. */
    actor: text("actor").notNull(),
    requestId: text("request_id"),
    clientAddress: text("client_address"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  // GET /api/dlq/:id lists one letter's history in order.
  (table) => [index("dead_letter_history_letter_idx").on(table.deadLetterId, table.at)],
);

export type DeadLetterHistoryEntry = typeof deadLetterHistory.$inferSelect;
export type NewDeadLetterHistoryEntry = typeof deadLetterHistory.$inferInsert;
