import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { percentileFromBuckets } from "./latency-buckets";

export const COUNTED_METRICS = [
  "events.processed",
  "records.dead_lettered",
  "workflow_steps.completed",
  "workflows.completed",
  "workflows.failed",
  "tasks.completed",
  "tasks.failed",
] as const;
type CountedMetric = (typeof COUNTED_METRICS)[number];

export type MinutePoint = {
  minute: string;
  counts: Record<CountedMetric, number>;
  /** Accepted → processed, from the histogram; null in a minute without processed events. */
  latencyMs: { p50: number | null; p95: number | null; p99: number | null };
};

const zeroCounts = () => Object.fromEntries(COUNTED_METRICS.map((metric) => [metric, 0])) as Record<CountedMetric, number>;

/**
 * Every minute of the window, oldest first, with its counts and latency percentiles from the
 * roll-ups; with `eventType`, processed events and latency are that type's only.
 */
export async function readMetricSeries(db: DbOrTx, minutes: number, eventType?: string, now = new Date()): Promise<MinutePoint[]> {
  const since = new Date(Math.floor(now.getTime() / 60_000) * 60_000 - (minutes - 1) * 60_000);
  const { rows } = await db.execute<{ minute: string; metric: CountedMetric; le_ms: number; count: string }>(sql`
    select minute, metric, le_ms, sum(count) as count from metric_rollups
     where metric = any(${sql.param([...COUNTED_METRICS])}::text[]) and minute >= ${since.toISOString()}::timestamptz
       ${eventType === undefined ? sql`` : sql`and (metric <> 'events.processed' or dimension = ${eventType})`}
     group by minute, metric, le_ms`);
  const points = new Map<number, { counts: Record<CountedMetric, number>; histogram: Map<number, number> }>();
  for (let index = 0; index < minutes; index++) {
    points.set(since.getTime() + index * 60_000, { counts: zeroCounts(), histogram: new Map() });
  }
  for (const row of rows) {
    const point = points.get(new Date(row.minute).getTime());
    if (!point) continue;
    point.counts[row.metric] += Number(row.count);
    if (row.metric === "events.processed") point.histogram.set(row.le_ms, (point.histogram.get(row.le_ms) ?? 0) + Number(row.count));
  }
  return [...points].map(([minute, point]) => ({
    minute: new Date(minute).toISOString(),
    counts: point.counts,
    latencyMs: {
      p50: percentileFromBuckets(point.histogram, 0.5),
      p95: percentileFromBuckets(point.histogram, 0.95),
      p99: percentileFromBuckets(point.histogram, 0.99),
    },
  }));
}
