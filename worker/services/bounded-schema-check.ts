import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { NonRetryableError, StepBudgetExceededError } from "../../lib/jobs/job-error";
import type { JsonObject } from "../../lib/workflows/steps/step-definition";

export type SchemaCheckRequest = { schema: JsonObject; data: unknown };
export type SchemaCheckReply = { ready: true } | { problems: string[] } | { failure: { name: string; message: string } };

type Budget = { timeMs: number; heapMb: number };
type CheckThread = { worker: Worker; ready: Promise<unknown> };

/**
 * Checks data against callers' JSON Schemas in a worker thread, one check at a time, each within
 * a time and memory budget. A schema that costs more (an O(n²) `uniqueItems` over a large array,
 * a huge compiled schema) fails its own step without retries; the thread is replaced and the
 * worker's event loop, which keeps serving every other job, never waits on it. The time budget
 * starts when a ready thread receives the check: neither loading the thread nor the checks
 * queued ahead count against it.
 */
export function createBoundedSchemaCheck(budget: Budget) {
  let thread: CheckThread | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const startThread = (): CheckThread => {
    const worker = new Worker(new URL("./schema-check-thread.mjs", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb },
    });
    worker.unref();
    // A thread that dies while loading rejects `ready`; the check waiting on it fails and may be retried.
    return { worker, ready: once(worker, "message") };
  };

  const checkInThread = async (request: SchemaCheckRequest) => {
    const current = (thread ??= startThread());
    try {
      await current.ready;
    } catch (error) {
      if (thread === current) thread = undefined;
      throw error;
    }
    return new Promise<string[]>((resolve, reject) => {
      const { worker } = current;
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        outcome();
      };
      const discardThread = (error: Error) => {
        if (thread === current) thread = undefined;
        void worker.terminate();
        settle(() => reject(error));
      };
      const onMessage = (reply: SchemaCheckReply) =>
        settle(() => ("problems" in reply ? resolve(reply.problems) : reject("failure" in reply ? rebuild(reply.failure) : new Error("unexpected reply"))));
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
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(request);
    });
  };

  const check = (schema: JsonObject, data: unknown): Promise<string[]> => {
    const result = queue.then(() => checkInThread({ schema, data }));
    queue = result.catch(() => undefined);
    return result;
  };
  /** Loads the thread ahead of the first check, so the first validate step does not wait for it. */
  const warmUp = () => void (thread ??= startThread()).ready.catch(() => undefined);
  return Object.assign(check, { warmUp });
}

function rebuild(failure: { name: string; message: string }): Error {
  if (failure.name === "NonRetryableError") return new NonRetryableError(failure.message);
  return Object.assign(new Error(failure.message), { name: failure.name });
}
