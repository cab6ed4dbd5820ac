"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { controlClass, Field, FormError, primaryButtonClass } from "@/components/forms/field";
import { signInSchema } from "@/lib/users/schemas";

type SignInValues = z.input<typeof signInSchema>;

/** next-auth's own error code for a wrong email or password; any other error carries its message. */
const WRONG_CREDENTIALS = "CredentialsSignin";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const form = useForm<SignInValues>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const [error, setError] = useState(initialError);
  const { errors, isSubmitting } = form.formState;
  // Until React has taken over, the browser would submit the form itself, as a GET with the password in the URL.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok) {
      // A full load, so the page frame is rendered again for the signed-in person.
      window.location.assign(callbackUrl);
      return;
    }
    setError(result?.error === WRONG_CREDENTIALS ? "Wrong email or password." : (result?.error ?? "Sign-in failed; try again."));
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
      <Field label="Email" name="email" error={errors.email?.message}>
        {(a11y) => <input type="email" autoComplete="username" autoFocus {...form.register("email")} {...a11y} className={controlClass} />}
      </Field>
      <Field label="Password" name="password" error={errors.password?.message}>
        {(a11y) => <input type="password" autoComplete="current-password" {...form.register("password")} {...a11y} className={controlClass} />}
      </Field>
      <FormError message={error} />
      <button type="submit" disabled={!hydrated || isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
