import { expect, test, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createUser } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { ownClientAddress } from "../support/client-address";
import { anonymousContext } from "../support/identities";
import { uniqueKey } from "../support/unique";

/*
 * Sign-in attempts are limited per email and per client address (429, see README), and overall
 * (503). web-open allows each address 3 quick attempts, web-without-kafka everyone together 3
 * (see playwright.config.ts); each test invents its own emails and addresses, since buckets
 * outlive a test.
 */
const { baseUrl, openBaseUrl, brokerlessBaseUrl } = e2eEnv();
type Playwright = PlaywrightWorkerArgs["playwright"];

const nobody = () => `${uniqueKey("nobody")}@streamops.test`;

/** One attempt, posted as next-auth's sign-in form posts it, from a visitor of its own. */
async function attempt(playwright: Playwright, baseURL: string, email: string, password: string, headers: Record<string, string> = {}) {
  const visitor: APIRequestContext = await anonymousContext(playwright, baseURL, headers);
  const { csrfToken } = (await (await visitor.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await visitor.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  // Read now: the body goes with the context.
  const body = (await response.json()) as { url?: string; error?: { code: string } };
  await visitor.dispose();
  return { response, body };
}

/** A refusal the sign-in form can show: the standard error, Retry-After, and the message in `url`'s `error`. */
async function expectRefused(response: APIResponse, body: { url?: string }, status: number, code: string) {
  await expectApiError(response, status, code);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(new URL(body.url!).searchParams.get("error")).toMatch(/Too many/);
}

test("each email gets five quick attempts, then even the right password waits, from any address", async ({ playwright, request }) => {
  const person = await createUser(request, "viewer");
  for (let index = 0; index < 5; index++) {
    const { response } = await attempt(playwright, baseUrl, person.email, "not-the-password", ownClientAddress());
    expect(response.status()).toBe(401);
  }
  const { response, body } = await attempt(playwright, baseUrl, person.email, person.password, ownClientAddress());
  await expectRefused(response, body, 429, "rate_limited");
});

test("each client address gets its own few quick attempts, whatever emails it tries", async ({ playwright }) => {
  const flooding = ownClientAddress();
  const answers = [];
  for (let index = 0; index < 4; index++) answers.push(await attempt(playwright, openBaseUrl, nobody(), "not-the-password", flooding));

  expect(answers.map(({ response }) => response.status())).toEqual([401, 401, 401, 429]);
  await expectRefused(answers[3]!.response, answers[3]!.body, 429, "rate_limited");
  expect((await attempt(playwright, openBaseUrl, nobody(), "not-the-password", ownClientAddress())).response.status()).toBe(401);
});

test("past the overall limit, attempts from anywhere get 503 with Retry-After", async ({ playwright }) => {
  const answers = await Promise.all(Array.from({ length: 6 }, () => attempt(playwright, brokerlessBaseUrl, nobody(), "not-the-password")));

  const statuses = answers.map(({ response }) => response.status()).sort();
  expect(statuses).toEqual([401, 401, 401, 503, 503, 503]);
  for (const { response, body } of answers.filter(({ response }) => response.status() === 503)) {
    await expectRefused(response, body, 503, "unavailable");
  }
});
