import type { Logger } from "../../lib/log";
import { backoffDelay } from "./backoff";
import { workerConfig } from "../config";
import { sleep } from "./sleep";

export type RetryOptions = {
  what: string;
  isTransient: (error: unknown) => boolean;
  signal: AbortSignal;
  logger: Logger;
  /** Keeps the consumer's group membership alive while it waits. */
  heartbeat: () => Promise<void>;
};

/** Retries an operation while its errors are transient; gives up only on shutdown. */
export async function retryTransient<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!options.isTransient(error) || options.signal.aborted) throw error;
      const delayMs = backoffDelay(attempt, workerConfig.dbRetryInitialMs, workerConfig.dbRetryMaxMs);
      options.logger.warn({ err: error, attempt, delayMs }, `${options.what} failed, retrying`);
      await sleep(delayMs, options.signal);
      await options.heartbeat();
    }
  }
}
