import { UnavailableError } from "../errors";

export type AdmissionLimits = {
  /** Work running at once. */
  maxInFlight: number;
  /** Callers queued behind it; one more is refused at once. */
  maxWaiting: number;
  /** How long a queued caller waits for its turn before it is refused; also the refusal's Retry-After. */
  maxWaitMs: number;
  /** What a refused caller is told. */
  busyMessage?: string;
};

type Waiter = { admit: () => void };

/**
 * Bounds how much of one kind of work runs at once. Past the bound a few callers queue briefly and
 * the rest are refused at once with 503 and Retry-After, so overload answers fast instead of every
 * request waiting for a database connection until its own timeout.
 */
export class AdmissionGate {
  private inFlight = 0;
  private readonly waiting = new Set<Waiter>();

  constructor(private readonly limits: AdmissionLimits) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.inFlight < this.limits.maxInFlight) {
      this.inFlight++;
      return Promise.resolve();
    }
    if (this.waiting.size >= this.limits.maxWaiting) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.delete(waiter);
        reject(this.busy());
      }, this.limits.maxWaitMs);
      this.waiting.add(waiter);
    });
  }

  /** A finished caller hands its place straight to the longest-waiting one. */
  private leave() {
    const [next] = this.waiting;
    if (!next) {
      this.inFlight--;
      return;
    }
    this.waiting.delete(next);
    next.admit();
  }

  private busy() {
    return new UnavailableError(this.limits.busyMessage ?? "The server is busy; retry shortly", Math.max(1, Math.ceil(this.limits.maxWaitMs / 1000)));
  }
}
