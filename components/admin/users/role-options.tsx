import { userRoles } from "@/lib/auth/roles";

/** The roles, lowest first, as a select's options. */
export function RoleOptions() {
  return userRoles.map((role) => (
    <option key={role} value={role}>
      {role}
    </option>
  ));
}
