"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { produceMessageSchema, type ProduceMessageInput } from "@/lib/streams/schemas";

/** The fields as typed; the value must parse as JSON before the API's own schema checks the rest. */
const produceFormSchema = z
  .object({ key: z.string(), value: z.string() })
  .transform(({ key, value }, context): z.input<typeof produceMessageSchema> => {
    try {
      return { ...(key ? { key } : {}), value: JSON.parse(value) };
    } catch (error) {
      context.addIssue({ code: "custom", path: ["value"], message: `Not valid JSON: ${(error as Error).message}` });
      return z.NEVER;
    }
  })
  .pipe(produceMessageSchema);

const field = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";

export function ProduceMessageForm(props: { busy: boolean; onSubmit: (input: ProduceMessageInput) => void }) {
  const form = useForm({ resolver: zodResolver(produceFormSchema), defaultValues: { key: "", value: "" } });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={form.handleSubmit(props.onSubmit)} className="space-y-2">
      <label className="flex flex-col gap-1 text-xs text-slate-500">
        Key (optional)
        <input {...form.register("key")} className={field} aria-invalid={errors.key ? true : undefined} />
        {errors.key ? <span className="text-rose-600">{errors.key.message}</span> : null}
      </label>
      <label className="flex flex-col gap-1 text-xs text-slate-500">
        Value (JSON: a string is sent as its text, null as no value)
        <textarea
          {...form.register("value")}
          rows={5}
          spellCheck={false}
          placeholder='{ "hello": "world" }'
          className={`${field} font-mono text-xs`}
          aria-invalid={errors.value ? true : undefined}
        />
        {errors.value ? <span className="text-rose-600">{errors.value.message}</span> : null}
      </label>
      <button
        type="submit"
        disabled={props.busy}
        className="rounded border border-indigo-600 bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-40"
      >
        Produce
      </button>
    </form>
  );
}
