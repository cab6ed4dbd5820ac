import { z } from "zod";
import { decodeCursorWith, encodeCursor } from "../pagination/cursor";

/** Per partition, the offset the next page reads below (exclusive); a partition read to its start is left out. */
const positionsSchema = z.record(z.string().regex(/^\d{1,9}$/), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

export type PartitionPosition = { partition: number; upper: number };

export function encodePositions(positions: PartitionPosition[]): string | null {
  if (positions.length === 0) return null;
  return encodeCursor(Object.fromEntries(positions.map(({ partition, upper }) => [partition, upper])));
}

export function decodePositions(cursor: string): Map<number, number> {
  const positions = decodeCursorWith(positionsSchema, cursor);
  return new Map(Object.entries(positions).map(([partition, upper]) => [Number(partition), upper]));
}
