export * from "./app-error";
export { httpStatusByErrorCode } from "./http-status";
export { parseOrThrow, toFieldErrors } from "./zod-field-errors";
export { assertKnownIdShape } from "./assert-known-id";
