export const userRoles = ["viewer", "operator", "admin"] as const;

export type Role = (typeof userRoles)[number];

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** Roles are ordered: an operator can do all a viewer can, an admin all an operator can. */
export const roleAtLeast = (role: Role, needed: Role) => rank[role] >= rank[needed];
