import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createApiKey } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { ownClientAddress } from "../support/client-address";
import { anonymousContext, keyContext } from "../support/identities";
import { signedInNewUser } from "../support/signed-in-user";

/*
 * Against web-open, whose keys, users and anonymous addresses may each make 5 requests at once,
 * then 2 a second (see playwright.config.ts). Each test floods with an identity of its own:
 * buckets outlive a test.
 */
const { openBaseUrl } = e2eEnv();
const BURST = 5;
const READ = "/api/events?limit=1";

const statuses = (responses: { status(): number }[]) => responses.map((response) => response.status()).sort();

type Call = { send: (context: APIRequestContext) => Promise<APIResponse>; status: number };
const read: Call = { send: (context) => context.get(READ), status: 200 };

/** `flooding` gets its burst, then 429 with Retry-After; `other` goes on meanwhile; after the wait, `flooding` does too. */
async function expectLimitedAlone(flooding: APIRequestContext, other: APIRequestContext, call = read) {
  // Sent at once, the burst and one more all arrive well within the half second a new token takes.
  const answers = await Promise.all(Array.from({ length: BURST + 1 }, () => call.send(flooding)));
  expect(statuses(answers)).toEqual([...Array<number>(BURST).fill(call.status), 429]);
  const refused = answers.find((response) => response.status() === 429)!;
  await expectApiError(refused, 429, "rate_limited");
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);

  expect((await call.send(other)).status()).toBe(call.status);

  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  expect((await call.send(flooding)).status()).toBe(call.status);
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

test("each address without credentials has a rate of its own, before anything is audited", async ({ playwright }) => {
  const callers = await Promise.all([1, 2].map(() => anonymousContext(playwright, openBaseUrl, ownClientAddress())));
  // INGEST_AUTH=off there: anonymous events are accepted, up to the address's rate.
  const sendEvent: Call = { send: (context) => context.post("/api/events", { data: { eventType: "e2e.anonymous-rate" } }), status: 202 };

  await expectLimitedAlone(callers[0]!, callers[1]!, sendEvent);
  await Promise.all(callers.map((caller) => caller.dispose()));
});
