import type { APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { test as base, expect } from "../support/access-fixtures";
import { listApiKeys } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { bearer, seededAccess } from "../support/e2e-auth";
import { sessionContext } from "../support/identities";
import { uniqueKey } from "../support/unique";

const { baseUrl } = e2eEnv();

/** `session`: the admin's session cookie, and no Origin header unless a request sends one. */
const test = base.extend<{ session: APIRequestContext }>({
  session: async ({ playwright }, use) => {
    const session = await sessionContext(playwright, "admin", baseUrl, {});
    await use(session);
    await session.dispose();
  },
});

/** A change only the admin's session may make, whose effect a list shows: a new API key. */
const postKey = (request: APIRequestContext, name: string, headers?: Record<string, string>) =>
  request.post("/api/api-keys", { data: { name, scopes: ["read"] }, headers });

const keyNames = async (request: APIRequestContext) => (await listApiKeys(request)).map((key) => key.name);

test("a change with a valid session from another origin, or from none, is refused and not made", async ({ session, request }) => {
  const name = uniqueKey("cross-origin");

  const crossSite = await postKey(session, name, { origin: "http://evil.example" });
  expect((await expectApiError(crossSite, 403, "forbidden")).message).toContain("own origin");
  await expectApiError(await postKey(session, name), 403, "forbidden");
  expect(await keyNames(request)).not.toContain(name);

  expect((await postKey(session, name, { origin: baseUrl })).status()).toBe(201);
  expect(await keyNames(request)).toContain(name);
});

test("reads need no Origin", async ({ session }) => {
  expect((await session.get("/api/api-keys")).status()).toBe(200);
});

test("API keys need no Origin: no other site's page can send one", async ({ anonymous }) => {
  const keyed = await anonymous.post("/api/events", { data: {}, headers: { ...bearer(seededAccess().keys.all), origin: "http://evil.example" } });

  await expectApiError(keyed, 400, "validation_failed");
});
