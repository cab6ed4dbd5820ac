import { Worker } from "node:worker_threads";
import { NonRetryableError, StepBudgetExceededError } from "../../lib/jobs/job-error";
import type { JsonObject } from "../../lib/workflows/steps/step-definition";

export type SchemaCheckRequest = { schema: JsonObject; data: unknown };
export type SchemaCheckReply = { problems: string[] } | { failure: { name: string; message: string } };

type Budget = { timeMs: number; heapMb: number };

/**
 * Checks data against callers' JSON Schemas in a worker thread, one check at a time, each within
 * a time and memory budget. A schema that costs more (an O(n²) `uniqueItems` over a large array,
 * a huge compiled schema) fails its own step without retries; the thread is replaced and the
 * worker's event loop, which keeps serving every other job, never waits on it. The time budget
 * starts when the check reaches the thread, so a slow check does not use up the ones queued behind it.
 */
export function createBoundedSchemaCheck(budget: Budget) {
  let thread: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const startThread = () => {
    const started = new Worker(new URL("./schema-check-thread.mjs", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb },
    });
    started.unref();
    return started;
  };

  const checkInThread = (request: SchemaCheckRequest) =>
    new Promise<string[]>((resolve, reject) => {
      const current = (thread ??= startThread());
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        current.off("message", onMessage).off("error", onError).off("exit", onExit);
        outcome();
      };
      const discardThread = (error: Error) => {
        if (thread === current) thread = undefined;
        void current.terminate();
        settle(() => reject(error));
      };
      const onMessage = (reply: SchemaCheckReply) =>
        settle(() => ("problems" in reply ? resolve(reply.problems) : reject(rebuild(reply.failure))));
      const onError = (error: Error) =>
        discardThread(
          (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new StepBudgetExceededError(`checking the data against the JSON Schema needed more than ${budget.heapMb} MiB`)
            : error,
        );
      const onExit = () => discardThread(new Error("the schema check thread exited"));
      const timer = setTimeout(
        () => discardThread(new StepBudgetExceededError(`checking the data against the JSON Schema took longer than ${budget.timeMs} ms`)),
        budget.timeMs,
      );
      current.on("message", onMessage).on("error", onError).on("exit", onExit);
      current.postMessage(request);
    });

  return (schema: JsonObject, data: unknown): Promise<string[]> => {
    const result = queue.then(() => checkInThread({ schema, data }));
    queue = result.catch(() => undefined);
    return result;
  };
}

function rebuild(failure: { name: string; message: string }): Error {
  if (failure.name === "NonRetryableError") return new NonRetryableError(failure.message);
  return Object.assign(new Error(failure.message), { name: failure.name });
}
