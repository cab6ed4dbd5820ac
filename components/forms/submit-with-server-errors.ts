import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { ApiFieldsError } from "@/lib/client/post-form";
import { FORM_ROOT, type FieldLocator } from "./field-problems";

/**
 * handleSubmit for a presentational form: it hands the validated body to `onSubmit`, and if that
 * throws, puts the server's field errors beside their fields and its message above the button.
 */
export function submitWithServerErrors<Values extends FieldValues, Body>(
  form: UseFormReturn<Values, unknown, Body>,
  locate: FieldLocator,
  onSubmit: (body: Body) => Promise<void>,
) {
  return form.handleSubmit(async (body) => {
    try {
      await onSubmit(body);
    } catch (error) {
      const problems = (error instanceof ApiFieldsError ? error.details : []).map(({ path, message }) => locate(path, message));
      for (const problem of problems.filter(({ field }) => field !== FORM_ROOT)) {
        form.setError(problem.field as FieldPath<Values>, { type: "server", message: problem.message });
      }
      const unplaced = problems.filter(({ field }) => field === FORM_ROOT).map(({ message }) => message);
      form.setError(FORM_ROOT, { type: "server", message: [(error as Error).message, ...unplaced].join(" · ") });
    }
  });
}
