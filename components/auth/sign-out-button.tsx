"use client";

import { signOut } from "next-auth/react";

/** Ends the session (next-auth posts its CSRF token with it) and returns to the sign-in page. */
export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="text-xs font-medium text-slate-600 hover:text-slate-900 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-400 dark:hover:text-slate-100"
    >
      Sign out
    </button>
  );
}
