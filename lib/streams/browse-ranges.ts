import { ValidationError } from "../errors";
import type { PartitionRange } from "./scan-newest-first";

type Offsets = { partition: number; low: string; high: string };

/**
 * What each chosen partition still holds to be read: from its end, or from below a seek's or a
 * cursor's position (which then also chooses the partitions), never past the end.
 */
export function browseRanges(offsets: Offsets[], choice: { partition?: number; uppers?: Map<number, number> }): PartitionRange[] {
  const { partition, uppers } = choice;
  if (partition !== undefined && !offsets.some((entry) => entry.partition === partition)) {
    throw new ValidationError("No such partition", [{ path: "partition", message: `the topic has partitions 0 to ${offsets.length - 1}` }]);
  }
  return offsets
    .filter((entry) => (partition === undefined || entry.partition === partition) && (!uppers || uppers.has(entry.partition)))
    .map((entry) => {
      const low = Number(entry.low);
      const high = Number(entry.high);
      return { partition: entry.partition, low, upper: Math.max(low, Math.min(uppers?.get(entry.partition) ?? high, high)) };
    })
    .sort((a, b) => a.partition - b.partition);
}
