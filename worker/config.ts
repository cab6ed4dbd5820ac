/** The numbers that tune the worker, each with the reason for its value. */
export const workerConfig = {
  /** Partitions applied in parallel; each holds one DB connection while it writes its batch. */
  partitionsConsumedConcurrently: 3,
  /**
   * Workflows (or tasks) run side by side per consumer (each step lane, tasks), up to this many
   * at a time, each running its commands in order. Steps mostly wait on PostgreSQL, Kafka or HTTP,
   * so this is well above the pool size; it matches the former 3 partitions x 16 keys.
   */
  recordsConcurrently: 48,
  /**
   * Back-pressure: a consumer with this many records queued or running stops fetching until some
   * finish. Large enough that a few stalled workflows never starve the fetch, small enough that a
   * backlog stays in Kafka rather than in the worker's memory (and is not replayed in bulk after a crash).
   */
  maxRecordsInFlight: 2_000,
  /** While back-pressure holds the fetch, how often it looks again (and beats to the group). */
  backPressureCheckMs: 1_000,
  /**
   * Finished offsets are committed at most this often per consumer: one request covers every
   * partition that moved, and an idle partition's last records are committed this late at most.
   * A crash replays at most this much finished work, which idempotent handlers skip.
   */
  commitEveryMs: 50,
  /** A record whose handler throws is retried from this delay, doubling up to the cap: never skipped. */
  recordRetryInitialMs: 200,
  recordRetryMaxMs: 10_000,
  /**
   * Events (3 partitions), three step lanes and tasks each run up to the numbers above; most of
   * that waits on Kafka acknowledgements, not on connections, and one connection beats the heartbeat.
   */
  dbPoolSize: 20,
  /** An idle fetch returns after this; data that arrives ends the wait at once. */
  maxWaitTimeInMs: 500,
  /** The web app calls a worker down after 15 s without a beat; 5 s leaves two to spare. */
  heartbeatEveryMs: 5_000,
  /** Failed writes that are not the record's fault are retried from this delay, doubling up to the cap. */
  dbRetryInitialMs: 100,
  dbRetryMaxMs: 5_000,
  /** How often the scheduler looks for due retries and wake-ups: the most a retry is late. */
  schedulerPollMs: 100,
  /** Due records published per transaction; a full batch is followed by the next at once. */
  schedulerBatchSize: 500,
  /**
   * A validate step's JSON Schema check runs in a thread with these budgets. Real schemas check a
   * request-sized document in well under a millisecond; 2 s is far past any honest schema and
   * short enough that the steps queued behind a hostile one barely notice.
   */
  schemaCheckBudgetMs: 2_000,
  /** The check's thread heap: the largest document is one request body (1 MiB), copied a few times. */
  schemaCheckHeapMb: 64,
  /** How long a graceful stop may take: finish the batch, commit, leave the group. */
  shutdownTimeoutMs: 10_000,
  /** Of that, how long running records may take to finish; the rest is for the commit and leaving. */
  drainTimeoutMs: 7_000,
} as const;
