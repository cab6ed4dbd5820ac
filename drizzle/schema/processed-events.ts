import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { kafkaPosition } from "./columns";

/** Events the worker applied. The primary key on event_id is what makes processing idempotent. */
export const processedEvents = pgTable(
  "processed_events",
  {
    eventId: uuid("event_id").primaryKey(),
    eventType: text("event_type").notNull(),
    key: text("key").notNull(),
    source: text("source").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    schemaVersion: integer("schema_version").notNull(),
    /** Millisecond precision, as the API shows it, so cursors and filters built from it are exact. */
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull(),
    /** When Kafka accepted the record (its log-append or create time). */
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull(),
    processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
    requestId: text("request_id"),
    ...kafkaPosition(),
  },
  (table) => [
    // GET /api/events newest first, unfiltered or by time range; cursor = (occurred_at, event_id).
    index("processed_events_occurred_idx").on(table.occurredAt.desc(), table.eventId.desc()),
    // GET /api/events?type=...
    index("processed_events_type_idx").on(table.eventType, table.occurredAt.desc(), table.eventId.desc()),
    // GET /api/events?key=... and the seed's GET /events/processed (key = userId).
    index("processed_events_key_idx").on(table.key, table.occurredAt.desc(), table.eventId.desc()),
    // GET /events/processed lists one source's events.
    index("processed_events_source_idx")
      .on(table.source, table.occurredAt.desc())
      .where(sql`${table.source} = 'user-activity'`),
  ],
);

export type ProcessedEvent = typeof processedEvents.$inferSelect;
