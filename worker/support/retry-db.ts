import type { WorkerDeps, Retry } from "../worker-deps";
import { retryTransient } from "./retry-transient";
import { isTransientDbError } from "./transient-db-error";

/** Database work of a job is retried while its failures are the database's, not the job's. */
export const retryDb =
  (deps: WorkerDeps): Retry =>
  (what, operation) =>
    retryTransient(operation, { what, isTransient: isTransientDbError, ...deps });
