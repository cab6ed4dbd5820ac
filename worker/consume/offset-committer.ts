import type { Consumer } from "kafkajs";
import type { Logger } from "../../lib/log";
import { workerConfig } from "../config";
import { OffsetTracker } from "./offset-tracker";

/**
 * Commits each assigned partition's contiguous watermark as its records finish, coalesced into one
 * request per `commitEveryMs`. Holds the trackers: a partition no longer assigned after a
 * rebalance is dropped, so its late finishes commit nothing (its new owner commits it).
 */
export class OffsetCommitter {
  private readonly trackers = new Map<number, OffsetTracker>();
  private readonly committed = new Map<number, bigint>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly consumer: Consumer,
    private readonly topic: string,
    private readonly logger: Logger,
  ) {}

  tracker(partition: number): OffsetTracker {
    let tracker = this.trackers.get(partition);
    if (!tracker) {
      tracker = new OffsetTracker();
      this.trackers.set(partition, tracker);
    }
    return tracker;
  }

  /** Whether the tracker still stands for an assigned partition. */
  owns(partition: number, tracker: OffsetTracker): boolean {
    return this.trackers.get(partition) === tracker;
  }

  /** After a new generation: forget the partitions this member lost. */
  keepOnly(assigned: number[]): void {
    for (const partition of this.trackers.keys()) {
      if (!assigned.includes(partition)) {
        this.trackers.delete(partition);
        this.committed.delete(partition);
      }
    }
  }

  /** A record finished: commit soon, with whatever else finishes meanwhile. */
  scheduleCommit(): void {
    if (this.stopped) return;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, workerConfig.commitEveryMs);
  }

  /** Commits every partition whose watermark moved; one flush at a time, in order. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.commitMoved());
    return this.flushing;
  }

  /** No more timed commits: a record that finishes after the final flush is left to the restart. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async commitMoved(): Promise<void> {
    const moved: { partition: number; offset: bigint }[] = [];
    for (const [partition, tracker] of this.trackers) {
      const offset = tracker.commitOffset();
      if (offset !== undefined && offset !== this.committed.get(partition)) moved.push({ partition, offset });
    }
    if (moved.length === 0) return;
    try {
      await this.consumer.commitOffsets(moved.map(({ partition, offset }) => ({ topic: this.topic, partition, offset: offset.toString() })));
      for (const { partition, offset } of moved) if (this.trackers.has(partition)) this.committed.set(partition, offset);
    } catch (error) {
      // A rebalance refuses commits of the old generation; the next finish (or the new owner) commits.
      this.logger.warn({ err: error, topic: this.topic }, "offset commit failed");
      this.scheduleCommit();
    }
  }
}
