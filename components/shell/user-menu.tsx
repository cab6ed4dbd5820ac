"use client";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { useSignedInUser } from "@/components/auth/signed-in-user";

/** Who is signed in, with which role, and the way out. */
export function UserMenu() {
  const user = useSignedInUser();
  if (!user) return null;
  return (
    <div className="space-y-1 px-2 text-xs" data-testid="user-menu">
      <p className="truncate font-medium text-slate-700 dark:text-slate-200" title={user.email}>
        {user.email}
      </p>
      <p className="flex items-center justify-between text-slate-500 dark:text-slate-400">
        <span>{user.role}</span>
        <SignOutButton />
      </p>
    </div>
  );
}
