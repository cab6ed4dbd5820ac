"use client";

import { checkboxClass, controlClass, Field, FormError } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCreateForm } from "@/components/forms/use-create-form";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { apiKeyScopes } from "@/lib/api-keys/scopes";
import { scopeHints } from "./scope-hints";

/** The lifetimes offered; the API takes any whole number of days up to ten years. */
const lifetimes = [
  { label: "Never (until revoked)", days: undefined },
  { label: "7 days", days: 7 },
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
];

/** The new-key form; `onSubmit` sends it, and the form clears once it is accepted. */
export function NewApiKeyForm({ onSubmit }: { onSubmit: (body: CreateApiKeyInput) => Promise<void> }) {
  const { form, submit } = useCreateForm(createApiKeySchema, { name: "", scopes: [] }, onSubmit);
  const { errors, isSubmitting } = form.formState;
  return (
    <form noValidate onSubmit={submit} aria-label="New API key" className="space-y-3">
      <Field label="Name" name="name" error={errors.name?.message} hint="Who or what will use it, e.g. checkout-service.">
        {(a11y) => <input {...form.register("name")} {...a11y} autoComplete="off" className={`${controlClass} max-w-sm`} />}
      </Field>
      <Field label="Expires" name="expiresInDays" error={errors.expiresInDays?.message} hint="An expired key is refused, as a revoked one is.">
        {(a11y) => (
          <select
            {...form.register("expiresInDays", { setValueAs: (value: string) => (value === "" ? undefined : Number(value)) })}
            {...a11y}
            className={`${controlClass} max-w-sm`}
          >
            {lifetimes.map(({ label, days }) => (
              <option key={label} value={days ?? ""}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby="scopes-message" className="space-y-1">
        <legend className="text-xs font-medium text-slate-600 dark:text-slate-400">Scopes</legend>
        {apiKeyScopes.map((scope) => (
          <label key={scope} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={scope} {...form.register("scopes")} className={checkboxClass} />
            <span className="font-mono text-xs">{scope}</span>
            <span className="text-xs text-slate-500">{scopeHints[scope]}</span>
          </label>
        ))}
        <p id="scopes-message" className="text-xs text-rose-600 dark:text-rose-400">
          {errors.scopes?.message}
        </p>
      </fieldset>
      <FormError message={errors.root?.server?.message} />
      <SubmitButton busy={isSubmitting} busyLabel="Creating…">
        Create API key
      </SubmitButton>
    </form>
  );
}
