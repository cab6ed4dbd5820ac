import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createUser, updateUser } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { anonymousContext } from "../support/identities";
import { copiedSessionCookie, issuedSessionCookie, signOut } from "../support/session-token";
import { attemptSignIn } from "../support/sign-in-attempt";
import { signedInNewUser } from "../support/signed-in-user";

/*
 * A session cookie names the person and the session version it began with, not their role: the
 * role and the current version are read on every request, so an admin's change, a new password or
 * a sign-out applies to a session already open, with no need to wait for it to expire.
 */
const { baseUrl } = e2eEnv();

test("a disabled person's session is refused on its next request", async ({ playwright, request }) => {
  const { user, request: session } = await signedInNewUser(playwright, request, "viewer", baseUrl);
  expect((await session.get("/api/events?limit=1")).status()).toBe(200);

  await updateUser(request, user.id, { disabled: true });

  await expectApiError(await session.get("/api/events?limit=1"), 401, "unauthorized");
  await session.dispose();
});

test("a lowered role ends the sessions already open, and the next one has the new role", async ({ playwright, request }) => {
  const { user, request: session } = await signedInNewUser(playwright, request, "operator", baseUrl);
  const bulkReplayOfNothing = (as: typeof session) => as.post("/api/dlq/replay", { data: { ids: [crypto.randomUUID()] } });
  expect((await bulkReplayOfNothing(session)).status()).toBe(200);

  await updateUser(request, user.id, { role: "viewer" });

  await expectApiError(await bulkReplayOfNothing(session), 401, "unauthorized");
  const again = await anonymousContext(playwright, baseUrl, { origin: baseUrl });
  expect(await attemptSignIn(again, user.email, user.password)).toBe(true);
  await expectApiError(await bulkReplayOfNothing(again), 403, "forbidden");
  await Promise.all([session.dispose(), again.dispose()]);
});

test("a copy of the session cookie stops working once its owner signs out", async ({ playwright, request }) => {
  const { request: session } = await signedInNewUser(playwright, request, "viewer", baseUrl);
  const copy = await anonymousContext(playwright, baseUrl, { origin: baseUrl, ...(await copiedSessionCookie(session)) });
  expect((await copy.get("/api/events?limit=1")).status()).toBe(200);

  expect(await (await copy.get("/api/auth/session")).json()).toMatchObject({ user: { email: expect.any(String) } });

  await signOut(session);

  await expectApiError(await copy.get("/api/events?limit=1"), 401, "unauthorized");
  // next-auth's own session endpoint neither names the person nor slides the ended session on.
  const ended = await copy.get("/api/auth/session");
  expect(await ended.json()).toEqual({});
  expect(ended.headers()["set-cookie"] ?? "").not.toMatch(/next-auth\.session-token=[^;]/);
  await Promise.all([session.dispose(), copy.dispose()]);
});

test("a new password ends the sessions open with the old one", async ({ playwright, request }) => {
  const { user, request: session } = await signedInNewUser(playwright, request, "viewer", baseUrl);
  expect((await session.get("/api/events?limit=1")).status()).toBe(200);

  const password = `new-${crypto.randomUUID()}`;
  expect((await request.patch(`/api/users/${user.id}`, { data: { password } })).status()).toBe(200);

  await expectApiError(await session.get("/api/events?limit=1"), 401, "unauthorized");
  const again = await anonymousContext(playwright, baseUrl, { origin: baseUrl });
  expect(await attemptSignIn(again, user.email, password)).toBe(true);
  expect((await again.get("/api/events?limit=1")).status()).toBe(200);
  await Promise.all([session.dispose(), again.dispose()]);
});

test("a session ends 12 hours after sign-in, however recently it was used", async ({ playwright, request }) => {
  const user = await createUser(request, "viewer");
  const HOUR = 3_600_000;
  const fresh = await anonymousContext(playwright, baseUrl, await issuedSessionCookie(user.id, new Date(Date.now() - 11 * HOUR)));
  const old = await anonymousContext(playwright, baseUrl, await issuedSessionCookie(user.id, new Date(Date.now() - 12 * HOUR - 60_000)));

  // Made the same way, a token 11 hours into its life is accepted; one past 12 hours is not.
  expect((await fresh.get("/api/events?limit=1")).status()).toBe(200);
  await expectApiError(await old.get("/api/events?limit=1"), 401, "unauthorized");
  await Promise.all([fresh.dispose(), old.dispose()]);
});
