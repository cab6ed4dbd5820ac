import { bigserial, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, preciseTime } from "./columns";

/**
 * Kafka records to publish later: retries waiting out their backoff and delay steps sleeping.
 * The worker's scheduler publishes what is due and deletes it in the same transaction, so a
 * waiting retry holds no partition and survives any restart.
 */
export const scheduledMessages = pgTable(
  "scheduled_messages",
  {
    id: bigserial("id", { mode: "bigint" }).primaryKey(),
    topic: text("topic").notNull(),
    key: text("key").notNull(),
    value: text("value").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    dueAt: preciseTime("due_at").notNull(),
    createdAt: createdAt(),
  },
  // The scheduler's "what is due, oldest first".
  (table) => [index("scheduled_messages_due_idx").on(table.dueAt)],
);
