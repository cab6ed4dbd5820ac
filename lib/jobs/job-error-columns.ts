import { sql } from "drizzle-orm";
import type { JobFailure } from "./job-error";

/** `set` clauses for a job row's error columns (tasks, workflow steps and step attempts share them). */
export const setJobError = (failure: JobFailure) =>
  sql`error_class = ${failure.errorClass}, error_message = ${failure.errorMessage}, error_retryable = ${failure.retryable}`;

export const clearJobError = sql`error_class = null, error_message = null, error_retryable = null`;
