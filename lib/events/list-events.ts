import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { decodeCursor, toPage, type Page } from "../pagination/cursor";
import { processedEventView, type ProcessedEventView } from "./event-view";
import type { EventListQuery } from "./schemas";

/** Processed events, newest first, by keyset pagination on (occurred_at, event_id). */
export async function listEvents(db: DbOrTx, query: EventListQuery): Promise<Page<ProcessedEventView>> {
  const conditions: (SQL | undefined)[] = [
    query.type ? eq(processedEvents.eventType, query.type) : undefined,
    query.key ? eq(processedEvents.key, query.key) : undefined,
    query.from ? gte(processedEvents.occurredAt, new Date(query.from)) : undefined,
    query.to ? lte(processedEvents.occurredAt, new Date(query.to)) : undefined,
  ];
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    const at = new Date(cursor.at);
    conditions.push(
      or(
        lt(processedEvents.occurredAt, at),
        and(eq(processedEvents.occurredAt, at), lt(processedEvents.eventId, cursor.id)),
      ),
    );
  }
  const rows = await db
    .select()
    .from(processedEvents)
    .where(and(...conditions))
    .orderBy(desc(processedEvents.occurredAt), desc(processedEvents.eventId))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, processedEventView, (row) => ({
    at: row.occurredAt.toISOString(),
    id: row.eventId,
  }));
}
