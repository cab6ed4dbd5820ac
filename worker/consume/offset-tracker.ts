/**
 * One partition's records in flight. Records start in offset order and finish in any order; the
 * offset to commit is the first unfinished record's (never past unfinished work), or just past the
 * last started record once all finished. Offsets may have gaps (compaction, transaction markers),
 * so the tracker follows the records it saw rather than counting.
 */
export class OffsetTracker {
  /** Started records by offset, in start order; true once finished. */
  private readonly records = new Map<bigint, boolean>();
  private lastStarted: bigint | undefined;
  private committable: bigint | undefined;

  /** False for a record at or below one already started: a refetch after a rebalance. */
  start(offset: bigint): boolean {
    if (this.lastStarted !== undefined && offset <= this.lastStarted) return false;
    this.records.set(offset, false);
    this.lastStarted = offset;
    return true;
  }

  finish(offset: bigint): void {
    if (!this.records.has(offset)) return;
    this.records.set(offset, true);
    for (const [started, finished] of this.records) {
      if (!finished) break;
      this.records.delete(started);
      this.committable = started + 1n;
    }
  }

  /** The offset to commit (the next record to read), or undefined before any record finished. */
  commitOffset(): bigint | undefined {
    return this.committable;
  }

  get inFlight(): number {
    return this.records.size;
  }
}
