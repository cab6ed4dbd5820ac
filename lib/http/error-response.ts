import { AppError, httpStatusByErrorCode, RateLimitedError, UnauthorizedError, UnavailableError } from "../errors";

export type ErrorRendering = { status: number; body: unknown; headers?: Record<string, string> };

/** The standard error body: `{ error: { code, message, requestId, details? } }`. */
export function renderError(error: unknown, requestId: string): ErrorRendering {
  if (!(error instanceof AppError)) {
    return { status: 500, body: { error: { code: "internal", message: "Internal server error", requestId } } };
  }
  return {
    status: httpStatusByErrorCode[error.code],
    body: { error: { code: error.code, message: error.message, requestId, details: error.details } },
    headers: responseHeaders(error),
  };
}

function responseHeaders(error: AppError): Record<string, string> | undefined {
  if (error instanceof UnavailableError || error instanceof RateLimitedError) {
    return { "retry-after": String(error.retryAfterSeconds) };
  }
  if (error instanceof UnauthorizedError) return { "www-authenticate": 'Bearer realm="streamops"' };
  return undefined;
}
