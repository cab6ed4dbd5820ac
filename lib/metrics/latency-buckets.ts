/**
 * Upper bounds (ms) of the processing-latency histogram: roughly ×2 steps from 1 ms to a minute,
 * enough to tell p50 from p99 at the scale operators care about. The last bucket catches the rest.
 */
export const LATENCY_BUCKETS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000, 2_147_483_647] as const;

/** The percentile's bucket bound from bucket counts (`le` → count), the usual histogram estimate. */
export function percentileFromBuckets(counts: Map<number, number>, percentile: number): number | null {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(total * percentile);
  let seen = 0;
  for (const le of LATENCY_BUCKETS_MS) {
    seen += counts.get(le) ?? 0;
    if (seen >= rank) return le;
  }
  return LATENCY_BUCKETS_MS.at(-1)!;
}
