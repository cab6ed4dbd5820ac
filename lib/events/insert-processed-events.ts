import { sql } from "drizzle-orm";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { liveNotice, liveNoticeIf } from "../live/live-notice";
import { LATENCY_BUCKETS_MS } from "../metrics/latency-buckets";

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

const bucketBounds = sql.raw(`array[${LATENCY_BUCKETS_MS.join(",")}]::int[]`);

/**
 * Inserts the rows and, in the same statement, counts the new ones into the per-minute roll-ups by
 * type and latency bucket (accepted by Kafka → processed). Rows are upserted in key order so
 * concurrent batches lock them in the same order.
 */
function insertStatement(rows: ProcessedEventRow[], returning: boolean) {
  const column = <T>(pick: (row: ProcessedEventRow) => T) => sql.param(rows.map(pick));
  return sql`
    with inserted as (
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
    returning event_id, event_type, accepted_at, processed_at),
    rolled as (
      insert into metric_rollups (minute, metric, dimension, le_ms, count)
      select date_trunc('minute', processed_at), 'events.processed', event_type,
             (${bucketBounds})[least(width_bucket(extract(epoch from processed_at - accepted_at) * 1000, ${bucketBounds}::float8[]) + 1, ${LATENCY_BUCKETS_MS.length})],
             count(*)
        from inserted group by 1, 2, 3, 4 order by 1, 2, 3, 4
      on conflict (metric, minute, dimension, le_ms) do update set count = metric_rollups.count + excluded.count)
    ${returning ? sql`select event_id, ${liveNotice("events")} from inserted` : sql`select count(*)::int as inserted, ${liveNoticeIf("inserted", "events")}`}`;
}

/**
 * One statement for any number of rows: each column travels as one array parameter and `unnest`
 * turns them back into rows. Building a VALUES list through the query builder cost the worker
 * more CPU than the database spent inserting. An eventId already stored is skipped, which makes
 * redelivery harmless. Answers how many rows were new.
 */
export async function insertProcessedEvents(db: DbOrTx, rows: ProcessedEventRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db.execute<{ inserted: number }>(insertStatement(rows, false));
  return result.rows[0]?.inserted ?? 0;
}

/** The same insert, answering which eventIds were new (for per-event tracing). */
export async function insertProcessedEventsReturningIds(db: DbOrTx, rows: ProcessedEventRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.execute<{ event_id: string }>(insertStatement(rows, true));
  return result.rows.map((row) => row.event_id);
}
