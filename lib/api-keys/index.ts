export { createApiKey } from "./create-api-key";
export { findApiKey } from "./find-api-key";
export { listApiKeys } from "./list-api-keys";
export { recordKeyUse } from "./record-key-use";
export { revokeApiKey } from "./revoke-api-key";
export { createApiKeySchema } from "./schemas";
export { apiKeyScopes, type ApiKeyScope } from "./scopes";
