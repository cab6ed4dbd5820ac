import type { z } from "zod";
import type { FieldError } from "./app-error";
import { ValidationError } from "./app-error";

/** One entry per problem, each naming the field it is about (unknown keys by their own name). */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const at = (...path: PropertyKey[]) => path.map(String).join(".") || "(body)";
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: at(...issue.path, key), message: "Unknown field" }));
    }
    // A refused record key says why in its own issues ("Invalid key in record" alone names no rule).
    if (issue.code === "invalid_key") {
      return issue.issues.map((inner) => ({ path: at(...issue.path), message: inner.message }));
    }
    return [{ path: at(...issue.path), message: issue.message }];
  });
}

/** Parses with a zod schema and turns failure into a ValidationError with field-level details. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError("Request body is invalid", toFieldErrors(result.error));
  return result.data;
}
