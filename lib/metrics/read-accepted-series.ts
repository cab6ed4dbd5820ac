import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";

/**
 * Events Kafka accepted per minute, from the growth of the events topic's end offsets in the lag
 * samples: the web app writes nothing to PostgreSQL on ingest, and Kafka's offsets already count
 * every accepted record. Resolution is the sampling interval.
 */
export async function readAcceptedSeries(db: DbOrTx, eventsTopic: string, minutes: number): Promise<Map<string, number>> {
  const { rows } = await db.execute<{ minute: string; end_offsets: string }>(sql`
    with totals as (
      select sampled_at, max(total) as total from (
        select sampled_at, group_id, sum(end_offset) as total from lag_samples
         where topic = ${eventsTopic} and sampled_at >= date_trunc('minute', now()) - make_interval(mins => ${minutes})
         group by sampled_at, group_id) per_group
      group by sampled_at)
    select date_trunc('minute', sampled_at) as minute, max(total) as end_offsets from totals group by 1 order by 1`);
  const accepted = new Map<string, number>();
  for (let index = 1; index < rows.length; index++) {
    const growth = Number(rows[index]!.end_offsets) - Number(rows[index - 1]!.end_offsets);
    accepted.set(new Date(rows[index]!.minute).toISOString(), Math.max(0, growth));
  }
  return accepted;
}
