import { z } from "zod";

/**
 * A failure that another attempt cannot fix (bad input, a refused host, a 4xx answer): it skips
 * the remaining retries and goes to the dead-letter queue at once.
 */
export class NonRetryableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NonRetryableError";
  }
}

/** A step that used more time or memory than its budget allows: it would do the same next time. */
export class StepBudgetExceededError extends NonRetryableError {
  constructor(message: string) {
    super(message);
    this.name = "StepBudgetExceeded";
  }
}

/** An outbound call the configuration forbids (host, port, address): the same call is refused every time. */
export class OutboundRefusedError extends NonRetryableError {
  constructor(message: string) {
    super(message);
    this.name = "OutboundRefused";
  }
}

export type JobFailure = { errorClass: string; errorMessage: string; retryable: boolean };

/** A job row's error columns (see drizzle/schema/columns.ts `jobError`). */
export type StoredJobError = { errorClass: string | null; errorMessage: string | null; errorRetryable: boolean | null };

/** Clears a row's error columns. */
export const noJobError = { errorClass: null, errorMessage: null, errorRetryable: null } satisfies StoredJobError;

/** The error as the API has always shown it: `Class: message`, or null. */
export const jobErrorText = (row: Pick<StoredJobError, "errorClass" | "errorMessage">) => (row.errorClass === null ? null : `${row.errorClass}: ${row.errorMessage ?? ""}`);

/** The failure a row recorded, for follow-ups re-sent after a crash. */
export const storedFailure = (row: StoredJobError): JobFailure => ({
  errorClass: row.errorClass ?? "Error",
  errorMessage: row.errorMessage ?? "",
  retryable: row.errorRetryable ?? false,
});

/** Non-retryable errors, and data that fails its schema (it will fail the same way next time), skip the retries. */
export function describeFailure(error: unknown): JobFailure {
  if (error instanceof NonRetryableError) return { errorClass: error.name, errorMessage: error.message, retryable: false };
  if (error instanceof z.ZodError) return { errorClass: "InvalidData", errorMessage: z.prettifyError(error), retryable: false };
  if (error instanceof Error) return { errorClass: error.name || "Error", errorMessage: error.message, retryable: true };
  return { errorClass: "Error", errorMessage: String(error), retryable: true };
}
