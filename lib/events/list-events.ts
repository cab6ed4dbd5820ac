import { and, eq, gte, lte } from "drizzle-orm";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { toPage, type Page } from "../pagination/cursor";
import { newestFirst } from "../pagination/newest-first";
import { processedEventView, type ProcessedEventView } from "./event-view";
import type { EventListQuery } from "./schemas";

/** Processed events, newest first, by keyset pagination on (occurred_at, event_id). */
export async function listEvents(db: DbOrTx, query: EventListQuery): Promise<Page<ProcessedEventView>> {
  const page = newestFirst({ at: processedEvents.occurredAt, id: processedEvents.eventId }, query.cursor);
  const rows = await db
    .select()
    .from(processedEvents)
    .where(
      and(
        query.type ? eq(processedEvents.eventType, query.type) : undefined,
        query.key ? eq(processedEvents.key, query.key) : undefined,
        query.from ? gte(processedEvents.occurredAt, new Date(query.from)) : undefined,
        query.to ? lte(processedEvents.occurredAt, new Date(query.to)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return toPage(rows, query.limit, processedEventView, (row) => ({ at: row.occurredAt.toISOString(), id: row.eventId }));
}
