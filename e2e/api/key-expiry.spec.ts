import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createApiKey, listApiKeys } from "../support/admin-api";
import { expectApiError, fieldPaths } from "../support/api-error";
import { findAuditEntry, tracedHeaders } from "../support/audit-api";
import { withDatabase } from "../support/database";
import { keyContext } from "../support/identities";
import { uniqueKey } from "../support/unique";

const DAY = 86_400_000;

test("a key may be created to expire, and the list says when", async ({ request }) => {
  const key = await createApiKey(request, ["read"], undefined, 30);
  expect(Math.abs(Date.parse(key.expiresAt!) - (Date.now() + 30 * DAY))).toBeLessThan(60_000);
  expect((await listApiKeys(request)).find((listed) => listed.id === key.id)).toMatchObject({ expiresAt: key.expiresAt });

  const lasting = await createApiKey(request, ["read"]);
  expect(lasting.expiresAt).toBeNull();
});

for (const expiresInDays of [0, -1, 1.5, 3651, "30"]) {
  test(`an expiry of ${JSON.stringify(expiresInDays)} days is refused, naming the field`, async ({ request }) => {
    const response = await request.post("/api/api-keys", { data: { name: uniqueKey("key"), scopes: ["read"], expiresInDays } });
    expect(fieldPaths(await expectApiError(response, 400, "validation_failed"))).toEqual(["expiresInDays"]);
  });
}

test("an expired key is refused from its expiry on, even by a process that has it in memory, and the refusal is audited", async ({ playwright, request }) => {
  const key = await createApiKey(request, ["read"], undefined, 1);
  // Straight to the table, before its first use: the point is a key whose time comes during the test.
  await withDatabase((client) => client.query("update api_keys set expires_at = now() + interval '3 seconds' where id = $1", [key.id]));
  const keyed = await keyContext(playwright, key.token, e2eEnv().baseUrl);
  // Used twice: the second answer may come from the process's memory of the key.
  for (const _ of [1, 2]) expect((await keyed.get("/api/events?limit=1")).status()).toBe(200);

  await expect
    .poll(async () => (await keyed.get("/api/events?limit=1")).status(), { timeout: 10_000, intervals: [250] })
    .toBe(401);
  const traced = tracedHeaders();
  const refused = await expectApiError(await keyed.get("/api/events?limit=1", { headers: traced }), 401, "unauthorized");
  expect(refused.message).toMatch(/expired/);
  expect(await findAuditEntry(request, "authorization", traced["x-request-id"])).toMatchObject({
    outcome: "refused",
    details: { needed: "read", keyPrefix: key.prefix },
  });
  await keyed.dispose();
});
