import type { Role } from "@/lib/auth/roles";
import { fetchJson } from "@/lib/client/fetch-json";
import type { UserView } from "@/lib/users/user-view";

/** What the list changes on a user, one thing at a time. */
export type UserChange = { role: Role } | { disabled: boolean };
export type UserChangeRequest = { user: UserView; change: UserChange };

export const changeUser = ({ user, change }: UserChangeRequest) =>
  fetchJson<UserView>(`/api/users/${user.id}`, { method: "PATCH", body: change });

export function describeChange(changed: UserView, { change }: UserChangeRequest): string {
  if ("role" in change) return `${changed.email} is now ${changed.role}.`;
  return changed.disabled ? `${changed.email} is disabled and can no longer sign in.` : `${changed.email} is enabled again.`;
}

/** The server's reason is the useful part, e.g. that the last enabled admin must stay one. */
export const describeRefusal = (error: Error, { user }: UserChangeRequest) => `Could not change ${user.email}: ${error.message}`;
