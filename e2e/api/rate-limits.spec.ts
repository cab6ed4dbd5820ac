import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createApiKey } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { keyContext } from "../support/identities";
import { signedInNewUser } from "../support/signed-in-user";

/*
 * Against web-open, whose keys and users may each make 5 requests at once, then 2 a second (see
 * playwright.config.ts). Each test floods with an identity of its own: buckets outlive a test.
 */
const { openBaseUrl } = e2eEnv();
const BURST = 5;
const READ = "/api/events?limit=1";

const statuses = (responses: { status(): number }[]) => responses.map((response) => response.status()).sort();

/** `flooding` gets its burst, then 429 with Retry-After; `other` goes on meanwhile; after the wait, `flooding` does too. */
async function expectLimitedAlone(flooding: APIRequestContext, other: APIRequestContext) {
  // Sent at once, the burst and one more all arrive well within the half second a new token takes.
  const answers = await Promise.all(Array.from({ length: BURST + 1 }, () => flooding.get(READ)));
  expect(statuses(answers)).toEqual([...Array<number>(BURST).fill(200), 429]);
  const refused = answers.find((response) => response.status() === 429)!;
  await expectApiError(refused, 429, "rate_limited");
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);

  expect((await other.get(READ)).status()).toBe(200);

  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  expect((await flooding.get(READ)).status()).toBe(200);
}

test("each API key has a rate of its own", async ({ playwright, request }) => {
  const [flooding, other] = await Promise.all([createApiKey(request, ["read"]), createApiKey(request, ["read"])]);
  const contexts = await Promise.all([flooding, other].map((key) => keyContext(playwright, key.token, openBaseUrl)));

  await expectLimitedAlone(contexts[0]!, contexts[1]!);
  await Promise.all(contexts.map((context) => context.dispose()));
});

test("each signed-in person has a rate of their own", async ({ playwright, request }) => {
  const people = await Promise.all([1, 2].map(() => signedInNewUser(playwright, request, "viewer", openBaseUrl)));

  await expectLimitedAlone(people[0]!.request, people[1]!.request);
  await Promise.all(people.map((person) => person.request.dispose()));
});
