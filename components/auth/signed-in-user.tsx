"use client";

import { createContext, useContext, type ReactNode } from "react";
import { roleAtLeast, type Role } from "@/lib/auth/roles";

export type SignedInUser = { email: string; role: Role };

const SignedInUserContext = createContext<SignedInUser | null>(null);

export function SignedInUserProvider({ user, children }: { user: SignedInUser; children: ReactNode }) {
  return <SignedInUserContext.Provider value={user}>{children}</SignedInUserContext.Provider>;
}

export const useSignedInUser = () => useContext(SignedInUserContext);

/**
 * Whether to offer an action the role allows. Only what is offered depends on this: the API
 * checks the role again on every request.
 */
export function useHasRole(needed: Role): boolean {
  const user = useSignedInUser();
  return user !== null && roleAtLeast(user.role, needed);
}
