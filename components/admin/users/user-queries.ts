export const USERS_URL = "/api/users";

/** Every user query key starts with this, so one invalidation refreshes the list. */
export const USERS_KEY = "users";

/** Shared by the server's prefetch and the browser's query, so the cache entries line up. */
export const userListKey = [USERS_KEY, "list"] as const;
