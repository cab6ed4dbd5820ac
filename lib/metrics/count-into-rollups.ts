import { sql, type SQL } from "drizzle-orm";

/**
 * An `insert` for a WITH clause: adds the rows of `source` (a CTE name, optionally filtered) to
 * this minute's count of `metric`, in the statement that makes the change it counts.
 */
export function countIntoRollups(metric: string, source: SQL): SQL {
  return sql`insert into metric_rollups (minute, metric, dimension, le_ms, count)
    select date_trunc('minute', now()), ${metric}, '', 0, count(*) from ${source} having count(*) > 0
    on conflict (metric, minute, dimension, le_ms) do update set count = metric_rollups.count + excluded.count`;
}
