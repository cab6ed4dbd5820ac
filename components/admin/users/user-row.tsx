"use client";

import { controlClass, secondaryButtonClass } from "@/components/forms/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Role } from "@/lib/auth/roles";
import type { UserView } from "@/lib/users/user-view";
import { RoleOptions } from "./role-options";
import type { UserChange } from "./user-change";

export function UserRow(props: {
  user: UserView;
  /** The change being sent for this user: its select shows the new role until the list does. */
  pending: UserChange | undefined;
  busy: boolean;
  isYou: boolean;
  onChange: (change: UserChange) => void;
}) {
  const { user, pending } = props;
  const role = pending && "role" in pending ? pending.role : user.role;
  const toggle = user.disabled ? "Enable" : "Disable";
  return (
    <tr data-testid={`user-${user.id}`} className="align-top">
      <td className="break-all py-2 pr-3 font-medium">
        {user.email}
        {props.isYou ? <span className="ml-2 text-xs font-normal text-slate-500">(you)</span> : null}
      </td>
      <td className="py-2 pr-3">
        <select
          aria-label={`Role of ${user.email}`}
          value={role}
          disabled={props.busy}
          onChange={(event) => props.onChange({ role: event.target.value as Role })}
          className={controlClass}
        >
          <RoleOptions />
        </select>
      </td>
      <td className="py-2 pr-3">
        <StatusBadge status={user.disabled ? "disabled" : "enabled"} />
      </td>
      <td className="py-2 pr-3 text-xs">
        <RelativeTime iso={user.createdAt} />
      </td>
      <td className="py-2">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={props.busy}
          aria-label={`${toggle} ${user.email}`}
          onClick={() => props.onChange({ disabled: !user.disabled })}
        >
          {toggle}
        </button>
      </td>
    </tr>
  );
}
