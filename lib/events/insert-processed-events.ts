import { sql } from "drizzle-orm";
import { processedEvents, type NewProcessedEvent } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/**
 * One statement for any number of rows: each column travels as one array parameter and `unnest`
 * turns them back into rows. Building a VALUES list through the query builder cost the worker
 * more CPU than the database spent inserting. An eventId already stored is skipped, which makes
 * redelivery harmless; the ids actually inserted are returned.
 */
export async function insertProcessedEvents(db: DbOrTx, rows: NewProcessedEvent[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const column = <T>(pick: (row: NewProcessedEvent) => T) => sql.param(rows.map(pick));
  const result = await db.execute<{ event_id: string }>(sql`
    insert into ${processedEvents}
      (event_id, event_type, key, source, payload, schema_version, occurred_at, accepted_at, request_id, topic, partition, "offset")
    select * from unnest(
      ${column((row) => row.eventId)}::uuid[],
      ${column((row) => row.eventType)}::text[],
      ${column((row) => row.key)}::text[],
      ${column((row) => row.source)}::text[],
      ${column((row) => JSON.stringify(row.payload))}::jsonb[],
      ${column((row) => row.schemaVersion)}::int[],
      ${column((row) => row.occurredAt.toISOString())}::timestamptz[],
      ${column((row) => row.acceptedAt.toISOString())}::timestamptz[],
      ${column((row) => row.requestId ?? null)}::text[],
      ${column((row) => row.topic)}::text[],
      ${column((row) => row.partition)}::int[],
      ${column((row) => row.offset.toString())}::bigint[]
    )
    on conflict (event_id) do nothing
    returning event_id`);
  return result.rows.map((row) => row.event_id);
}
