"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { atRoot } from "./field-problems";
import { submitWithServerErrors } from "./submit-with-server-errors";

/**
 * A flat create form judged by the API's own schema. `submit` hands the parsed body to `onSubmit`;
 * once that succeeds the form clears for the next record, and if it throws the server's word shows
 * above the button (see submitWithServerErrors).
 */
export function useCreateForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  empty: DefaultValues<Input>,
  onSubmit: (body: Output) => Promise<void>,
) {
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues: empty });
  const submit = submitWithServerErrors(form, atRoot, async (body) => {
    await onSubmit(body);
    form.reset();
  });
  return { form, submit };
}
