type Job = () => Promise<void>;

/**
 * Serial queues by key that outlive any one fetched batch: a key's jobs run one at a time in the
 * order they were pushed, different keys run side by side up to `concurrency`. A job must not
 * reject (the caller retries inside it); the queue only sequences.
 */
export class KeyedQueues {
  private readonly waiting = new Map<string, Job[]>();
  /** Keys with waiting jobs and none running, oldest first: a busy key does not starve the others. */
  private readonly ready: string[] = [];
  private readonly runningKeys = new Set<string>();
  private waiters: { limit: number; resolve: () => void }[] = [];
  private queued = 0;

  constructor(private readonly concurrency: number) {}

  push(key: string, job: Job): void {
    const jobs = this.waiting.get(key);
    if (jobs) jobs.push(job);
    else {
      this.waiting.set(key, [job]);
      if (!this.runningKeys.has(key)) this.ready.push(key);
    }
    this.queued++;
    this.pump();
  }

  /** Jobs pushed and not yet finished, running or waiting. */
  get size(): number {
    return this.queued;
  }

  /** Resolves once fewer than `limit` jobs run or wait. */
  below(limit: number): Promise<void> {
    if (this.queued < limit) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ limit, resolve }));
  }

  /** Resolves once no job runs or waits. */
  idle(): Promise<void> {
    return this.below(1);
  }

  private pump(): void {
    while (this.runningKeys.size < this.concurrency && this.ready.length > 0) {
      const key = this.ready.shift()!;
      const jobs = this.waiting.get(key)!;
      const job = jobs.shift()!;
      if (jobs.length === 0) this.waiting.delete(key);
      this.runningKeys.add(key);
      void job().finally(() => this.done(key));
    }
  }

  private done(key: string): void {
    this.runningKeys.delete(key);
    this.queued--;
    if (this.waiting.has(key)) this.ready.push(key);
    this.pump();
    const waiters = this.waiters;
    this.waiters = waiters.filter((waiter) => this.queued >= waiter.limit);
    for (const waiter of waiters) if (this.queued < waiter.limit) waiter.resolve();
  }
}
