export type FieldError = { path: string; message: string };

/** The error family every layer throws; `code` decides the HTTP status (see http-status.ts). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type AppErrorCode =
  | "validation_failed"
  | "invalid_json"
  | "unsupported_media_type"
  | "payload_too_large"
  | "unauthorized"
  | "not_found"
  | "conflict"
  | "forbidden"
  | "rate_limited"
  | "unavailable";

export class ValidationError extends AppError {
  constructor(message: string, details: FieldError[]) {
    super("validation_failed", message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super("not_found", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class UnavailableError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super("unavailable", message);
  }
}

/** No credentials, or credentials that do not name anyone (bad, revoked or expired). */
export class UnauthorizedError extends AppError {
  constructor(message = "Sign in or send an API key (Authorization: Bearer <key>)") {
    super("unauthorized", message);
  }
}

/** Someone known, without the role or scope the request needs. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("forbidden", message);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many requests; retry in ${retryAfterSeconds} s`,
  ) {
    super("rate_limited", message);
  }
}
