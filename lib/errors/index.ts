export * from "./app-error";
export { httpStatusByErrorCode } from "./http-status";
export { parseOrThrow, toFieldErrors } from "./zod-field-errors";
