import type { AppErrorCode } from "./app-error";

export const httpStatusByErrorCode: Record<AppErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  json_too_deep: 400,
  json_too_many_members: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};
