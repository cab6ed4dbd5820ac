import type { ApiKeyView } from "@/lib/api-keys/api-key-view";

export const API_KEYS_URL = "/api/api-keys";

/** Every API key query key starts with this, so one invalidation refreshes the list. */
export const API_KEYS_KEY = "api-keys";

/** Shared by the server's prefetch and the browser's query, so the cache entries line up. */
export const apiKeyListKey = [API_KEYS_KEY, "list"] as const;

/** The answer to creating a key: the only one that carries its token. */
export type CreatedApiKey = ApiKeyView & { token: string };
