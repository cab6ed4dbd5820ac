import type { Logger } from "../../lib/log";
import { backoffDelay } from "../support/backoff";
import { workerConfig } from "../config";
import { sleep } from "../support/sleep";

/**
 * Runs a record's handler until it succeeds: a record is never skipped, and its key stays blocked
 * meanwhile so the key's later records keep their order. Gives up only when the worker stops; the
 * record is then left uncommitted and runs again after the restart.
 */
export async function retryRecord(run: () => Promise<void>, options: { signal: AbortSignal; logger: Logger }): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await run();
      return true;
    } catch (error) {
      if (options.signal.aborted) return false;
      const delayMs = backoffDelay(attempt, workerConfig.recordRetryInitialMs, workerConfig.recordRetryMaxMs);
      options.logger.error({ err: error, attempt, delayMs }, "record handler failed, retrying");
      try {
        await sleep(delayMs, options.signal);
      } catch {
        return false;
      }
    }
  }
}
