import { get, set, type FieldErrors } from "react-hook-form";

/** A message for one form field, by its react-hook-form name (`root.server` for the form as a whole). */
export type FieldProblem = { field: string; message: string };

/** Where an API error path (`steps.1.url`, `data.subject`) lands in a form, and what it says there. */
export type FieldLocator = (path: string, message: string) => FieldProblem;

export const FORM_ROOT = "root.server";

/** The problem on the form as a whole, for paths no field shows; it names the path so it still means something. */
export const atRoot = (path: string, message: string): FieldProblem => ({
  field: FORM_ROOT,
  message: path === "(body)" ? message : `${path}: ${message}`,
});

/** When the field's text is JSON, a problem inside it names where in the JSON it is. */
export const insideJson = (field: string, innerPath: string | undefined, message: string): FieldProblem => ({
  field,
  message: innerPath ? `${innerPath}: ${message}` : message,
});

/** Nested the way react-hook-form holds errors; the first problem for a field is the one shown. */
export function nestProblems(problems: FieldProblem[]): FieldErrors {
  const errors = {};
  for (const problem of problems) {
    if (!get(errors, problem.field)) set(errors, problem.field, { type: "validate", message: problem.message });
  }
  return errors;
}

/** react-hook-form's nested errors as flat `path: message` pairs, the way the API reports them. */
export function flattenErrors(errors: object, prefix = ""): { path: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]) => {
    if (typeof value !== "object" || value === null) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    return typeof message === "string" && "type" in value ? [{ path, message }] : flattenErrors(value, path);
  });
}
