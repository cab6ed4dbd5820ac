/** The numbers that tune the worker, each with the reason for its value. */
export const workerConfig = {
  /** Partitions applied in parallel; each holds one DB connection while it writes its batch. */
  partitionsConsumedConcurrently: 3,
  /** Above that, one connection for the heartbeat so it never waits behind batch writes. */
  dbPoolSize: 4,
  /** Kafka's default; long enough to ride out a slow batch or a GC pause without a rebalance. */
  sessionTimeoutMs: 30_000,
  /** A third of a typical 10 s default keeps the member alive with margin. */
  heartbeatIntervalMs: 3_000,
  /** An idle fetch returns after this; data that arrives ends the wait at once. */
  maxWaitTimeInMs: 500,
  /** The web app calls a worker down after 15 s without a beat; 5 s leaves two to spare. */
  heartbeatEveryMs: 5_000,
  /** Failed writes that are not the record's fault are retried from this delay, doubling up to the cap. */
  dbRetryInitialMs: 100,
  dbRetryMaxMs: 5_000,
  /** The bound on shutdown: finish the batch, commit, leave the group. */
  shutdownTimeoutMs: 10_000,
} as const;
