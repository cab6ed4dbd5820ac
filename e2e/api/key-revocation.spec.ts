import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createApiKey, listApiKeys, revokeApiKey } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { keyContext } from "../support/identities";

test("a key's use is noted, and once revoked its very next request is refused", async ({ playwright, request }) => {
  const key = await createApiKey(request, ["read"]);
  expect(key.lastUsedAt).toBeNull();
  const keyed = await keyContext(playwright, key.token, e2eEnv().baseUrl);

  expect((await keyed.get("/api/events?limit=1")).status()).toBe(200);
  // The use is written after the answer, so the list shows it a moment later.
  const lastUsedAt = async () => (await listApiKeys(request)).find((listed) => listed.id === key.id)?.lastUsedAt ?? null;
  await expect.poll(lastUsedAt, { message: "lastUsedAt" }).not.toBeNull();
  expect(Date.parse((await lastUsedAt())!)).toBeGreaterThanOrEqual(Date.parse(key.createdAt));

  const revoked = await revokeApiKey(request, key.id);
  expect(revoked.revokedAt).not.toBeNull();

  const refused = await expectApiError(await keyed.get("/api/events?limit=1"), 401, "unauthorized");
  expect(refused.message).toMatch(/revoked/);
  await keyed.dispose();
});

test("a key another web process has in memory is refused there once the revocation's notice arrives", async ({ playwright, request }) => {
  const key = await createApiKey(request, ["read"]);
  const elsewhere = await keyContext(playwright, key.token, e2eEnv().openBaseUrl);
  // Used there twice: the second answer may come from that process's memory of the key.
  for (const _ of [1, 2]) expect((await elsewhere.get("/api/events?limit=1")).status()).toBe(200);

  await revokeApiKey(request, key.id);

  // The notice is sent at commit and arrives within milliseconds; a second is a generous bound.
  await expect.poll(async () => (await elsewhere.get("/api/events?limit=1")).status(), { timeout: 1000, intervals: [0, 50, 100] }).toBe(401);
  await elsewhere.dispose();
});
