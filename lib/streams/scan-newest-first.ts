import type { OffsetWindow } from "../kafka/window-reader";
import type { PartitionPosition } from "./browse-cursor";

export type ScanRecord = { partition: number; offset: number; timestamp: number };

/** A partition's offsets [low, upper) not yet looked at. */
export type PartitionRange = { partition: number; low: number; upper: number };

export type ScanOptions<R extends ScanRecord> = {
  ranges: PartitionRange[];
  limit: number;
  /** Offsets looked at per call, at most; the returned positions carry on from where it stopped. */
  maxScanned: number;
  matches: (record: R) => boolean;
  /** Reads each window; records come back in any order. */
  read: (windows: OffsetWindow[]) => Promise<R[]>;
};

export type ScanResult<R> = { items: R[]; next: PartitionPosition[]; scanned: number };

/** Windows start at the page size and grow, so a sparse filter reaches far back in a few reads. */
const WINDOW_GROWTH = 4;
const MAX_WINDOW = 1000;

type PartitionState<R> = PartitionRange & {
  window: number;
  /** Matches read but not yet returned, newest first. */
  matched: R[];
  /** Oldest timestamp read so far: what is still unread is taken to be no newer. */
  floor: number;
};

/**
 * Kafka reads forwards only, so this reads windows backwards from each partition's end and
 * merges them newest first. A match is returned only once no unread record can be newer, judged
 * by each partition's oldest timestamp read so far (timestamps rise along a partition in practice).
 */
export async function scanNewestFirst<R extends ScanRecord>(options: ScanOptions<R>): Promise<ScanResult<R>> {
  const states: PartitionState<R>[] = options.ranges.map((range) => ({
    ...range,
    window: options.limit,
    matched: [],
    floor: Number.POSITIVE_INFINITY,
  }));
  const items: R[] = [];
  let scanned = 0;
  for (;;) {
    const toRead = emitProvablyNewest(states, items, options.limit);
    if (toRead.length === 0 || scanned >= options.maxScanned) break;
    const windows = planWindows(toRead, options.maxScanned - scanned);
    const records = await options.read(windows);
    scanned += windows.reduce((sum, window) => sum + window.end - window.start, 0);
    for (const window of windows) {
      const state = toRead.find((candidate) => candidate.partition === window.partition)!;
      const read = records.filter((record) => record.partition === window.partition);
      state.upper = window.start;
      state.window = Math.min(state.window * WINDOW_GROWTH, MAX_WINDOW);
      state.floor = read.reduce((floor, record) => Math.min(floor, record.timestamp), state.floor);
      state.matched = read.filter(options.matches).sort((a, b) => b.offset - a.offset);
    }
  }
  return { items, scanned, next: nextPositions(states) };
}

/** Moves matches to `items` while the newest is provably newest; answers the partitions to read first. */
function emitProvablyNewest<R extends ScanRecord>(states: PartitionState<R>[], items: R[], limit: number): PartitionState<R>[] {
  while (items.length < limit) {
    const unread = states.filter((state) => state.matched.length === 0 && state.upper > state.low);
    let newest: PartitionState<R> | undefined;
    for (const state of states) {
      if (state.matched[0] && (!newest || isNewer(state.matched[0], newest.matched[0]!))) newest = state;
    }
    if (!newest) return unread;
    const head = newest.matched[0]!;
    const blocking = unread.filter((state) => isNewer({ partition: state.partition, timestamp: state.floor }, head));
    if (blocking.length > 0) return blocking;
    items.push(newest.matched.shift()!);
  }
  return [];
}

type Stamp = { partition: number; timestamp: number };

/** Timestamp order, ties to the lower partition; within a partition, matches are already newest first. */
const isNewer = (a: Stamp, b: Stamp) => a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.partition < b.partition);

/** Each partition's next window, ending where the last one started, sharing what is left of the budget. */
function planWindows(states: { partition: number; low: number; upper: number; window: number }[], budget: number): OffsetWindow[] {
  let left = budget;
  return states.flatMap((state, index) => {
    const size = Math.min(state.window, state.upper - state.low, Math.ceil(left / (states.length - index)));
    left -= size;
    return size > 0 ? [{ partition: state.partition, start: state.upper - size, end: state.upper }] : [];
  });
}

/** Where the next page resumes: at a match read but not returned, or below what was read. */
function nextPositions<R extends ScanRecord>(states: PartitionState<R>[]): PartitionPosition[] {
  return states.flatMap((state) => {
    const upper = state.matched[0] ? state.matched[0].offset + 1 : state.upper;
    return upper > state.low ? [{ partition: state.partition, upper }] : [];
  });
}
