import { describe, expect, it } from "vitest";
import type { OffsetWindow } from "../kafka/window-reader";
import { scanNewestFirst, type PartitionRange, type ScanRecord } from "./scan-newest-first";

type TestRecord = ScanRecord & { key: string };

/** Three partitions whose records interleave in time, as a keyed topic's do. */
function topic(sizes: number[]) {
  const records: TestRecord[] = [];
  const next = sizes.map(() => 0);
  let seed = 7;
  // A fixed pseudo-random order of writes, some of them at the same millisecond.
  for (let clock = 0; next.some((offset, partition) => offset < sizes[partition]!); clock += seed % 2) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const partition = seed % sizes.length;
    if (next[partition]! === sizes[partition]!) continue;
    records.push({ partition, offset: next[partition]!, timestamp: 1000 + clock, key: `k${next[partition]! % 5}` });
    next[partition]!++;
  }
  const reads: OffsetWindow[][] = [];
  const read = async (windows: OffsetWindow[]) => {
    reads.push(windows);
    return records.filter((record) =>
      windows.some((window) => window.partition === record.partition && record.offset >= window.start && record.offset < window.end),
    );
  };
  const ranges = (uppers = sizes): PartitionRange[] => sizes.map((_, partition) => ({ partition, low: 0, upper: uppers[partition]! }));
  const newestFirst = (keep: (record: TestRecord) => boolean = () => true) =>
    records.filter(keep).sort((a, b) => b.timestamp - a.timestamp || a.partition - b.partition || b.offset - a.offset);
  return { records, reads, read, ranges, newestFirst };
}

async function allPages(data: ReturnType<typeof topic>, options: { limit: number; maxScanned: number; matches?: (record: TestRecord) => boolean }) {
  const seen: TestRecord[] = [];
  let ranges = data.ranges();
  for (let page = 0; page < 1000 && ranges.length > 0; page++) {
    const result = await scanNewestFirst({ ranges, read: data.read, matches: () => true, ...options });
    expect(result.items.length).toBeLessThanOrEqual(options.limit);
    expect(result.scanned).toBeLessThanOrEqual(options.maxScanned);
    seen.push(...result.items);
    ranges = result.next.map(({ partition, upper }) => ({ partition, low: 0, upper }));
  }
  return seen;
}

describe("scanNewestFirst", () => {
  it("answers the newest records across partitions, newest first", async () => {
    const data = topic([40, 25, 60]);
    const result = await scanNewestFirst({ ranges: data.ranges(), limit: 10, maxScanned: 5000, matches: () => true, read: data.read });
    expect(result.items).toEqual(data.newestFirst().slice(0, 10));
    expect(result.next).toHaveLength(3);
  });

  it("pages through everything exactly once, in order, however small the pages and the budget", async () => {
    const data = topic([40, 25, 60]);
    expect(await allPages(data, { limit: 7, maxScanned: 5000 })).toEqual(data.newestFirst());
    expect(await allPages(data, { limit: 3, maxScanned: 4 })).toEqual(data.newestFirst());
  });

  it("finds sparse matches, reading further back in growing windows", async () => {
    const data = topic([300, 300, 300]);
    const matches = (record: TestRecord) => record.partition === 1 && record.offset < 3;
    const result = await scanNewestFirst({ ranges: data.ranges(), limit: 10, maxScanned: 5000, matches, read: data.read });
    expect(result.items).toEqual(data.newestFirst(matches));
    expect(result.next).toEqual([]);
    expect(data.reads.map((windows) => windows[0]!.end - windows[0]!.start)).toEqual([10, 40, 160, 90]);
  });

  it("stops at the scan budget with what it could prove, and carries on from there", async () => {
    const data = topic([300, 300, 300]);
    const matches = (record: TestRecord) => record.key === "k1";
    const result = await scanNewestFirst({ ranges: data.ranges(), limit: 100, maxScanned: 90, matches, read: data.read });
    expect(result.scanned).toBe(90);
    expect(result.items.length).toBeLessThan(100);
    expect(result.items).toEqual(data.newestFirst(matches).slice(0, result.items.length));
    expect(result.next).toHaveLength(3);
    expect(await allPages(data, { limit: 100, maxScanned: 90, matches })).toEqual(data.newestFirst(matches));
  });

  it("reads nothing for partitions already read to their start", async () => {
    const data = topic([5, 5, 5]);
    const result = await scanNewestFirst({ ranges: data.ranges([0, 0, 0]), limit: 10, maxScanned: 5000, matches: () => true, read: data.read });
    expect(result).toEqual({ items: [], next: [], scanned: 0 });
    expect(data.reads).toEqual([]);
  });
});
