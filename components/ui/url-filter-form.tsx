import Form from "next/form";
import { controlClass, primaryButtonClass } from "@/components/forms/field";
import type { FieldError } from "@/lib/errors/app-error";

/** A text box, or a select of `options` with "Any" first. */
export type FilterField = { name: string; label: string; options?: readonly string[] };

/**
 * A GET form: the filter lands in the URL, so any view can be bookmarked and shared. `keep` holds
 * parameters the form does not show but must not drop (a tab's status).
 */
export function UrlFilterForm(props: {
  action: string;
  fields: FilterField[];
  values: Record<string, string>;
  errors: FieldError[];
  keep?: Record<string, string>;
}) {
  const errorFor = (name: string) => props.errors.find((error) => error.path === name)?.message;
  return (
    <Form action={props.action} className="flex flex-wrap items-end gap-3">
      {Object.entries(props.keep ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.fields.map(({ name, label, options }) => (
        <label key={name} className="flex flex-col gap-1 text-xs text-slate-500">
          {label}
          {options ? (
            <select name={name} defaultValue={props.values[name] ?? ""} className={controlClass} aria-invalid={errorFor(name) ? true : undefined}>
              <option value="">Any</option>
              {options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          ) : (
            <input name={name} type="search" defaultValue={props.values[name] ?? ""} className={controlClass} aria-invalid={errorFor(name) ? true : undefined} />
          )}
          {errorFor(name) ? <span className="text-rose-600 dark:text-rose-400">{errorFor(name)}</span> : null}
        </label>
      ))}
      <button type="submit" className={primaryButtonClass}>
        Filter
      </button>
    </Form>
  );
}
