import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { updateUser } from "../support/admin-api";
import { expectApiError } from "../support/api-error";
import { signedInNewUser } from "../support/signed-in-user";

/*
 * A session cookie names the person, not their role: both are read on every request, so an admin's
 * change applies to a session already open, with no need to wait for it to expire.
 */
const { baseUrl } = e2eEnv();

test("a disabled person's session is refused on its next request", async ({ playwright, request }) => {
  const { user, request: session } = await signedInNewUser(playwright, request, "viewer", baseUrl);
  expect((await session.get("/api/events?limit=1")).status()).toBe(200);

  await updateUser(request, user.id, { disabled: true });

  await expectApiError(await session.get("/api/events?limit=1"), 401, "unauthorized");
  await session.dispose();
});

test("a lowered role applies to a session already open", async ({ playwright, request }) => {
  const { user, request: session } = await signedInNewUser(playwright, request, "operator", baseUrl);
  const bulkReplayOfNothing = () => session.post("/api/dlq/replay", { data: { ids: [crypto.randomUUID()] } });
  expect((await bulkReplayOfNothing()).status()).toBe(200);

  await updateUser(request, user.id, { role: "viewer" });

  await expectApiError(await bulkReplayOfNothing(), 403, "forbidden");
  await session.dispose();
});
