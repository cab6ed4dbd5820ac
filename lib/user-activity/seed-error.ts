import { AppError, ForbiddenError, RateLimitedError, UnauthorizedError } from "../errors";
import type { ErrorRendering } from "../http/error-response";
import { renderError } from "../http/error-response";

/**
 * The seed's error bodies: `{ success: false, errors: [...] }` for bad input, `error` otherwise.
 * The seed had no access control, so refusals (401, 403, 429) keep the standard shape every other
 * route uses.
 */
export function renderSeedError(error: unknown, requestId: string): ErrorRendering {
  const standard = renderError(error, requestId);
  if (error instanceof UnauthorizedError || error instanceof ForbiddenError || error instanceof RateLimitedError) return standard;
  if (error instanceof AppError && standard.status < 500) {
    const errors = error.details?.map((detail) => detail.message) ?? [error.message];
    return { ...standard, body: { success: false, errors } };
  }
  // The seed answers 500 (not 503) when Kafka does not take the event.
  const message = error instanceof AppError ? "Failed to publish event to Kafka" : "Internal server error";
  return { status: 500, body: { success: false, error: message } };
}
