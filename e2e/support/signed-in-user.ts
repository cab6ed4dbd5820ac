import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { createUser } from "./admin-api";
import { anonymousContext } from "./identities";
import { attemptSignIn } from "./sign-in-attempt";

/**
 * A new user of `role`, made by the admin (`admin`, on the main app), and a context signed in as
 * them on `baseURL`, sending that app's own Origin. Specs that wear a session out use their own.
 */
export async function signedInNewUser(playwright: PlaywrightWorkerArgs["playwright"], admin: APIRequestContext, role: Role, baseURL: string) {
  const user = await createUser(admin, role);
  const request = await anonymousContext(playwright, baseURL, { origin: baseURL });
  expect(await attemptSignIn(request, user.email, user.password), `sign-in as ${user.email}`).toBe(true);
  return { user, request };
}
