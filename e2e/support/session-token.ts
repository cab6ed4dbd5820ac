import type { APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { withDatabase } from "./database";

const SESSION_COOKIE = "next-auth.session-token";

/** The session cookie a context holds, as a Cookie header another client could replay. */
export async function copiedSessionCookie(context: APIRequestContext): Promise<Record<string, string>> {
  const cookie = (await context.storageState()).cookies.find((one) => one.name === SESSION_COOKIE);
  if (!cookie) throw new Error("the context holds no session cookie");
  return { cookie: `${SESSION_COOKIE}=${cookie.value}` };
}

/** Signs out as the dashboard's menu does: next-auth's form post, with its CSRF token. */
export async function signOut(context: APIRequestContext) {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
  if (response.status() >= 400) throw new Error(`sign-out answered ${response.status()}`);
}

/**
 * A session token made with the installation's own secret (the e2e servers set no AUTH_SECRET, so
 * it is the one kept in the database), naming this user, their current session version and the
 * sign-in time given: what the app would have issued at that time, its expiry freshly slid.
 */
export async function issuedSessionCookie(userId: string, signedInAt: Date): Promise<Record<string, string>> {
  const { secret, sessionVersion } = await withDatabase(async (client) => {
    const secrets = await client.query<{ value: string }>("select value from instance_secrets where name = 'auth_secret'");
    const users = await client.query<{ session_version: number }>("select session_version from users where id = $1", [userId]);
    return { secret: secrets.rows[0]!.value, sessionVersion: users.rows[0]!.session_version };
  });
  const token = await encode({ secret, token: { sub: userId, sessionVersion, signedInAt: Math.floor(signedInAt.getTime() / 1000) } });
  return { cookie: `${SESSION_COOKIE}=${token}` };
}
