import { controlClass as field } from "@/components/forms/field";
import type { FieldError } from "@/lib/errors";

/** A plain GET form: the filter lands in the URL, so any view can be bookmarked and shared. */
export function EventsFilterForm(props: { values: Record<string, string>; errors: FieldError[] }) {
  const errorFor = (name: string) => props.errors.find((error) => error.path === name)?.message;
  const input = (name: string, label: string, type = "text") => (
    <label className="flex flex-col gap-1 text-xs text-slate-500">
      {label}
      <input name={name} type={type} defaultValue={props.values[name] ?? ""} className={field} aria-invalid={errorFor(name) ? true : undefined} />
      {errorFor(name) ? <span className="text-rose-600 dark:text-rose-400">{errorFor(name)}</span> : null}
    </label>
  );
  return (
    <form method="get" action="/events" className="flex flex-wrap items-end gap-3">
      {input("type", "Event type")}
      {input("key", "Key")}
      {input("from", "From (UTC)", "datetime-local")}
      {input("to", "To (UTC)", "datetime-local")}
      <button type="submit" className="rounded border border-indigo-600 bg-indigo-600 px-3 py-1 text-sm font-medium text-white">
        Filter
      </button>
    </form>
  );
}
