export { createUser } from "./create-user";
export { endSessions } from "./end-sessions";
export { ensureUser } from "./ensure-user";
export { findActiveUser } from "./find-active-user";
export { listUsers } from "./list-users";
export { createUserSchema, signInSchema, updateUserSchema } from "./schemas";
export { updateUser } from "./update-user";
export { verifyCredentials } from "./verify-credentials";
