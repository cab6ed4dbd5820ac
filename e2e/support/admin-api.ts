import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { ApiKeyScope } from "../../lib/api-keys/scopes";
import type { Role } from "../../lib/auth/roles";
import { uniqueKey } from "./unique";

/*
 * The admin API (keys and users) as a client sees it, written out rather than imported from lib/
 * for the same reason as events-api.ts (roles and scopes are only names). Every call needs an admin.
 */
export type ApiKey = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
};

export type User = { id: string; email: string; role: Role; disabled: boolean; createdAt: string; updatedAt: string };

type Headers = Record<string, string>;

async function expectStatus<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** A key of its own for the test; the answer is the only place its token ever appears. */
export async function createApiKey(request: APIRequestContext, scopes: ApiKeyScope[], headers?: Headers, expiresInDays?: number) {
  const response = await request.post("/api/api-keys", { data: { name: uniqueKey("key"), scopes, expiresInDays }, headers });
  return expectStatus<ApiKey & { token: string }>(response, 201);
}

export async function revokeApiKey(request: APIRequestContext, id: string) {
  return expectStatus<ApiKey>(await request.post(`/api/api-keys/${id}/revoke`), 200);
}

export async function listApiKeys(request: APIRequestContext) {
  return (await expectStatus<{ items: ApiKey[] }>(await request.get("/api/api-keys"), 200)).items;
}

/** A person of its own for the test (the seeded ones are shared by every spec), and their password. */
export async function createUser(request: APIRequestContext, role: Role, headers?: Headers) {
  const input = { email: `${uniqueKey("user")}@streamops.test`, password: uniqueKey("password"), role };
  const user = await expectStatus<User>(await request.post("/api/users", { data: input, headers }), 201);
  return { ...user, password: input.password };
}

export async function updateUser(request: APIRequestContext, id: string, change: Partial<Pick<User, "role" | "disabled">>, headers?: Headers) {
  return expectStatus<User>(await request.patch(`/api/users/${id}`, { data: change, headers }), 200);
}
