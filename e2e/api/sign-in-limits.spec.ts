import { expect, test, type PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createUser } from "../support/admin-api";
import type { ApiError } from "../support/api-error";
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

type Answer = { status: number; headers: Record<string, string>; body: { url?: string; error?: ApiError } };

/** One attempt, posted as next-auth's sign-in form posts it, from a visitor of its own; read before the visitor goes. */
async function attempt(playwright: Playwright, baseURL: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
  const visitor = await anonymousContext(playwright, baseURL, headers);
  const { csrfToken } = (await (await visitor.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await visitor.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  const answer = { status: response.status(), headers: response.headers(), body: (await response.json()) as Answer["body"] };
  await visitor.dispose();
  return answer;
}

/** A refusal the sign-in form can show: the standard error, Retry-After, and the message in `url`'s `error`. */
function expectRefused({ status, headers, body }: Answer, expectedStatus: number, code: string) {
  expect(status, JSON.stringify(body)).toBe(expectedStatus);
  expect(body.error).toMatchObject({ code, message: expect.stringMatching(/Too many/), requestId: headers["x-request-id"] });
  expect(Number(headers["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(new URL(body.url!).searchParams.get("error")).toBe(body.error!.message);
}

test("each email gets five quick attempts, then even the right password waits, from any address", async ({ playwright, request }) => {
  const person = await createUser(request, "viewer");
  for (let index = 0; index < 5; index++) {
    expect((await attempt(playwright, baseUrl, person.email, "not-the-password", ownClientAddress())).status).toBe(401);
  }
  expectRefused(await attempt(playwright, baseUrl, person.email, person.password, ownClientAddress()), 429, "rate_limited");
});

test("each client address gets its own few quick attempts, whatever emails it tries", async ({ playwright }) => {
  const flooding = ownClientAddress();
  const answers = [];
  for (let index = 0; index < 4; index++) answers.push(await attempt(playwright, openBaseUrl, nobody(), "not-the-password", flooding));

  expect(answers.map(({ status }) => status)).toEqual([401, 401, 401, 429]);
  expectRefused(answers[3]!, 429, "rate_limited");
  expect((await attempt(playwright, openBaseUrl, nobody(), "not-the-password", ownClientAddress())).status).toBe(401);
});

test("past the overall limit, attempts from anywhere get 503 with Retry-After", async ({ playwright }) => {
  const answers = await Promise.all(Array.from({ length: 6 }, () => attempt(playwright, brokerlessBaseUrl, nobody(), "not-the-password")));

  expect(answers.map(({ status }) => status).sort()).toEqual([401, 401, 401, 503, 503, 503]);
  for (const answer of answers.filter(({ status }) => status === 503)) expectRefused(answer, 503, "unavailable");
});
