import type { User } from "../db";

/** A user as the API shows one: never the password hash. */
export const userView = (user: User) => ({
  id: user.id,
  email: user.email,
  role: user.role,
  disabled: user.disabledAt !== null,
  createdAt: user.createdAt.toISOString(),
  updatedAt: user.updatedAt.toISOString(),
});

export type UserView = ReturnType<typeof userView>;
