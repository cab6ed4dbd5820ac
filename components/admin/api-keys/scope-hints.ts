import type { ApiKeyScope } from "@/lib/api-keys/scopes";

/** What each scope lets a key do, beside its checkbox. */
export const scopeHints: Record<ApiKeyScope, string> = {
  "events:write": "send events (POST /api/events and /api/events/batch)",
  "workflows:write": "start workflows (POST /api/workflows)",
  "tasks:write": "create tasks (POST /api/tasks)",
  read: "read what a viewer can (every GET)",
};
