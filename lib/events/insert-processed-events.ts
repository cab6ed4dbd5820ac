import { sql } from "drizzle-orm";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/**
 * A processed event in the forms PostgreSQL parses itself (ISO times, the offset as text), so a
 * batch of thousands builds no Date or BigInt per row.
 */
export type ProcessedEventRow = {
  eventId: string;
  eventType: string;
  key: string;
  source: string;
  payload: Record<string, unknown>;
  schemaVersion: number;
  occurredAt: string;
  acceptedAt: string;
  requestId: string | null;
  topic: string;
  partition: number;
  offset: string;
};

function insertStatement(rows: ProcessedEventRow[], returning: boolean) {
  const column = <T>(pick: (row: ProcessedEventRow) => T) => sql.param(rows.map(pick));
  return sql`
    insert into ${processedEvents}
      (event_id, event_type, key, source, payload, schema_version, occurred_at, accepted_at, request_id, topic, partition, "offset")
    select * from unnest(
      ${column((row) => row.eventId)}::uuid[],
      ${column((row) => row.eventType)}::text[],
      ${column((row) => row.key)}::text[],
      ${column((row) => row.source)}::text[],
      ${column((row) => JSON.stringify(row.payload))}::jsonb[],
      ${column((row) => row.schemaVersion)}::int[],
      ${column((row) => row.occurredAt)}::timestamptz[],
      ${column((row) => row.acceptedAt)}::timestamptz[],
      ${column((row) => row.requestId)}::text[],
      ${column((row) => row.topic)}::text[],
      ${column((row) => row.partition)}::int[],
      ${column((row) => row.offset)}::bigint[]
    )
    on conflict (event_id) do nothing
    ${returning ? sql`returning event_id` : sql``}`;
}

/**
 * One statement for any number of rows: each column travels as one array parameter and `unnest`
 * turns them back into rows. Building a VALUES list through the query builder cost the worker
 * more CPU than the database spent inserting. An eventId already stored is skipped, which makes
 * redelivery harmless. Answers how many rows were new.
 */
export async function insertProcessedEvents(db: DbOrTx, rows: ProcessedEventRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db.execute(insertStatement(rows, false));
  return result.rowCount ?? 0;
}

/** The same insert, answering which eventIds were new (for per-event tracing). */
export async function insertProcessedEventsReturningIds(db: DbOrTx, rows: ProcessedEventRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.execute<{ event_id: string }>(insertStatement(rows, true));
  return result.rows.map((row) => row.event_id);
}
