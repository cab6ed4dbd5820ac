"use client";

import { useSignedInUser } from "@/components/auth/signed-in-user";
import { ListTable } from "@/components/ui/list-table";
import type { UserView } from "@/lib/users/user-view";
import type { UserChange, UserChangeRequest } from "./user-change";
import { UserRow } from "./user-row";

/** Every user with their role and state to change; one change at a time, so each gets its own answer. */
export function UserTable(props: { users: UserView[]; pending: UserChangeRequest | undefined; onChange: (user: UserView, change: UserChange) => void }) {
  const you = useSignedInUser()?.email;
  return (
    <ListTable columns={["Email", "Role", "State", "Created", "Access"]}>
      {props.users.map((user) => (
        <UserRow
          key={user.id}
          user={user}
          pending={props.pending?.user.id === user.id ? props.pending.change : undefined}
          busy={props.pending !== undefined}
          isYou={user.email === you}
          onChange={(change) => props.onChange(user, change)}
        />
      ))}
    </ListTable>
  );
}
