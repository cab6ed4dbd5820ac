import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { readAcceptedSeries } from "./read-accepted-series";
import { readEventsByType } from "./read-events-by-type";
import { readMetricSeries } from "./read-metric-series";
import type { MetricsQuery } from "./schemas";

/** Total lag of every group at its latest sample. */
async function latestTotalLag(db: DbOrTx): Promise<number | null> {
  const { rows } = await db.execute<{ lag: string | null }>(sql`
    select sum(lag) as lag from lag_samples s
     where sampled_at = (select max(sampled_at) from lag_samples where group_id = s.group_id)
       and sampled_at > now() - interval '5 minutes'`);
  return rows[0]?.lag === null || rows[0]?.lag === undefined ? null : Number(rows[0].lag);
}

/**
 * The Overview's metrics over the last `minutes`: per-minute series (accepted, processed, dead
 * letters, workflows, tasks, latency percentiles), events by type, and current rates. Everything
 * reads roll-ups and samples, never the events table.
 */
export async function readOverviewMetrics(db: DbOrTx, options: MetricsQuery & { eventsTopic: string }) {
  const [series, accepted, byType, totalLag] = await Promise.all([
    readMetricSeries(db, options.minutes, options.eventType),
    readAcceptedSeries(db, options.eventsTopic, options.minutes),
    readEventsByType(db, options.minutes, options.eventType),
    latestTotalLag(db),
  ]);
  const points = series.map((point) => ({ ...point, accepted: accepted.get(point.minute) ?? null }));
  // The last complete minute gives the current rates; the running minute is still filling.
  const lastFull = points.at(-2);
  return {
    minutes: options.minutes,
    series: points,
    byType,
    current: {
      processedPerSecond: lastFull ? lastFull.counts["events.processed"] / 60 : 0,
      acceptedPerSecond: lastFull?.accepted == null ? null : lastFull.accepted / 60,
      deadLetteredInWindow: points.reduce((sum, point) => sum + point.counts["records.dead_lettered"], 0),
      totalLag,
    },
  };
}

export type OverviewMetrics = Awaited<ReturnType<typeof readOverviewMetrics>>;
