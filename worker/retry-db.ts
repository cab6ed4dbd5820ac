import type { BatchDeps, Retry } from "./batch-deps";
import { retryTransient } from "./retry-transient";
import { isTransientDbError } from "./transient-db-error";

/** Database work of a job is retried while its failures are the database's, not the job's. */
export const retryDb =
  (deps: BatchDeps): Retry =>
  (what, operation) =>
    retryTransient(operation, { what, isTransient: isTransientDbError, ...deps });
