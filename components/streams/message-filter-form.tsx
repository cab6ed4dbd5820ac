"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { isoToUtcInput, utcInputToIso } from "@/lib/format-utc";
import { messageFilterSchema, type MessageFilter } from "@/lib/streams/schemas";
import type { FilterValues } from "./stream-message-queries";

const text = z.string().optional();

/** The fields as typed (empty means unset, the time is UTC), then the API's own filter schema. */
const filterFormSchema = z
  .object({ partition: text, offset: text, time: text, key: text, contains: text })
  .transform((values): z.input<typeof messageFilterSchema> => {
    const set = Object.entries(values).filter(([, value]) => value);
    return Object.fromEntries(set.map(([name, value]) => [name, name === "time" ? utcInputToIso(value) : value]));
  })
  .pipe(messageFilterSchema);

const field = "rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";

/** Seek and filter; the parent puts what is applied in the URL, so a view can be shared. */
export function MessageFilterForm(props: { values: FilterValues; onSubmit: (filter: MessageFilter) => void }) {
  const form = useForm({
    resolver: zodResolver(filterFormSchema),
    defaultValues: { ...props.values, time: props.values.time && isoToUtcInput(props.values.time) },
  });
  const { errors } = form.formState;
  const input = (name: keyof FilterValues, label: string, options: { type?: string; step?: number; min?: number } = {}) => (
    <label className="flex flex-col gap-1 text-xs text-slate-500">
      {label}
      <input {...form.register(name)} {...options} className={field} aria-invalid={errors[name] ? true : undefined} />
      {errors[name] ? <span className="text-rose-600">{errors[name].message}</span> : null}
    </label>
  );
  return (
    <form noValidate onSubmit={form.handleSubmit(props.onSubmit)} className="flex flex-wrap items-end gap-3">
      {input("key", "Key")}
      {input("contains", "Value contains")}
      {input("partition", "Partition", { type: "number", min: 0 })}
      {input("offset", "At or before offset", { type: "number", min: 0 })}
      {input("time", "At or before (UTC)", { type: "datetime-local", step: 1 })}
      <button type="submit" className="rounded border border-indigo-600 bg-indigo-600 px-3 py-1 text-sm font-medium text-white">
        Apply
      </button>
      <button type="button" onClick={() => props.onSubmit({})} className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-700">
        Clear
      </button>
    </form>
  );
}
