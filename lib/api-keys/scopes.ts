export const apiKeyScopes = ["events:write", "workflows:write", "tasks:write", "read"] as const;

export type ApiKeyScope = (typeof apiKeyScopes)[number];
