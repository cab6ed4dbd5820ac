"use client";

import { controlClass, Field, FormError } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCreateForm } from "@/components/forms/use-create-form";
import { createUserSchema, MIN_PASSWORD_LENGTH, type CreateUserInput } from "@/lib/users/schemas";
import { RoleOptions } from "./role-options";

/** The new-user form; `onSubmit` sends it, and the form clears once it is accepted. */
export function NewUserForm({ onSubmit }: { onSubmit: (body: CreateUserInput) => Promise<void> }) {
  const { form, submit } = useCreateForm(createUserSchema, { email: "", role: "viewer", password: "" }, onSubmit);
  const { errors, isSubmitting } = form.formState;
  return (
    <form noValidate onSubmit={submit} aria-label="New user" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Email" name="email" error={errors.email?.message}>
          {(a11y) => <input type="email" autoComplete="off" {...form.register("email")} {...a11y} className={controlClass} />}
        </Field>
        <Field label="Role" name="role" error={errors.role?.message}>
          {(a11y) => (
            <select {...form.register("role")} {...a11y} className={controlClass}>
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field label="Password" name="password" error={errors.password?.message} hint={`At least ${MIN_PASSWORD_LENGTH} characters; hand it over privately.`}>
          {(a11y) => <input type="password" autoComplete="new-password" {...form.register("password")} {...a11y} className={controlClass} />}
        </Field>
      </div>
      <FormError message={errors.root?.server?.message} />
      <SubmitButton busy={isSubmitting} busyLabel="Creating…">
        Create user
      </SubmitButton>
    </form>
  );
}
