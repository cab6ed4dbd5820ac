export type PartitionLag = { topic: string; partition: number; committed: string | null; end: string; lag: number };

/**
 * How far a group trails one partition. A partition the group never committed counts from the
 * oldest retained offset: everything still in the log is waiting for it.
 */
export function partitionLag(
  topic: string,
  offsets: { partition: number; high: string; low: string },
  committedOffset: string | undefined,
): PartitionLag {
  const committed = committedOffset !== undefined && Number(committedOffset) >= 0 ? committedOffset : null;
  const from = committed ?? offsets.low;
  return {
    topic,
    partition: offsets.partition,
    committed,
    end: offsets.high,
    lag: Math.max(0, Number(offsets.high) - Number(from)),
  };
}
