import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";

/** The most processed event types in the window (or just `eventType`), from the roll-ups. */
export async function readEventsByType(db: DbOrTx, minutes: number, eventType?: string, limit = 10) {
  const { rows } = await db.execute<{ type: string; count: string }>(sql`
    select dimension as type, sum(count) as count from metric_rollups
     where metric = 'events.processed' and minute >= date_trunc('minute', now()) - make_interval(mins => ${minutes - 1})
       ${eventType === undefined ? sql`` : sql`and dimension = ${eventType}`}
     group by dimension order by sum(count) desc limit ${limit}`);
  return rows.map((row) => ({ type: row.type, count: Number(row.count) }));
}
