import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Brand } from "@/components/shell/brand";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { webEnv } from "@/lib/env/web-env";
import { currentUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { callbackUrl, error } = await searchParams;
  const returnTo = safeCallbackUrl(callbackUrl, webEnv().APP_URL);
  if (await currentUser()) redirect(returnTo);
  return (
    <div className="space-y-6">
      <Brand />
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-slate-500">Use the account an admin gave you, or the local admin that npm start printed on its first run.</p>
      </div>
      <SignInForm callbackUrl={returnTo} initialError={error ? "Sign-in failed; try again." : undefined} />
    </div>
  );
}
