import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createApiKey } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { keyContext } from "../support/identities";

/*
 * Against web-open, whose task quota is 3 an hour per type and whose email tasks may go to
 * example.com only (see playwright.config.ts). Each test uses keys of its own: quotas outlive a test.
 */
const { openBaseUrl } = e2eEnv();
const QUOTA = 3;

const emailTo = (to: string | string[]) => ({ type: "email", data: { to, subject: "Quota", text: "t" } });
const notification = { type: "notification", data: { url: "http://127.0.0.1:9999/hook" } };

/** A fresh key with tasks:write (made by the admin on the main app), used on web-open. */
async function keyOnOpenApp(playwright: PlaywrightWorkerArgs["playwright"], request: APIRequestContext) {
  const key = await createApiKey(request, ["tasks:write"]);
  return keyContext(playwright, key.token, openBaseUrl);
}

test("a key creates at most TASK_QUOTA_PER_HOUR tasks of a type an hour, then gets 429 with Retry-After", async ({ playwright, request }) => {
  const [flooding, other] = await Promise.all([keyOnOpenApp(playwright, request), keyOnOpenApp(playwright, request)]);

  for (let n = 0; n < QUOTA; n++) expect((await flooding.post("/api/tasks", { data: emailTo("ops@example.com") })).status()).toBe(201);
  const refused = await flooding.post("/api/tasks", { data: emailTo("ops@example.com") });

  const error = await expectApiError(refused, 429, "rate_limited");
  expect(error.message).toMatch(/^Task quota used up: at most 3 email tasks an hour/);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(3500);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  // Another type, and another key, have quotas of their own.
  expect((await flooding.post("/api/tasks", { data: notification })).status()).toBe(201);
  expect((await other.post("/api/tasks", { data: emailTo("ops@example.com") })).status()).toBe(201);
  await Promise.all([flooding.dispose(), other.dispose()]);
});

test("refused tasks do not use up the quota", async ({ playwright, request }) => {
  const caller = await keyOnOpenApp(playwright, request);

  for (let n = 0; n < QUOTA + 1; n++) await expectApiError(await caller.post("/api/tasks", { data: emailTo("ops@elsewhere.test") }), 400, "validation_failed");

  expect((await caller.post("/api/tasks", { data: emailTo("ops@example.com") })).status()).toBe(201);
  await caller.dispose();
});

test("an email to a domain outside EMAIL_ALLOWED_DOMAINS is a 400 naming each refused recipient", async ({ playwright, request }) => {
  const caller = await keyOnOpenApp(playwright, request);

  const response = await caller.post("/api/tasks", { data: emailTo(["ops@example.com", "eve@elsewhere.test", "x@example.com.elsewhere.test"]) });

  const error = await expectApiError(response, 400, "validation_failed");
  expect(error.details).toEqual([
    { path: "data.to.1", message: "the domain is not in EMAIL_ALLOWED_DOMAINS (example.com)" },
    { path: "data.to.2", message: "the domain is not in EMAIL_ALLOWED_DOMAINS (example.com)" },
  ]);
  await caller.dispose();
});
