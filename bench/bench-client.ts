import { randomBytes } from "node:crypto";
import { apiKeyScopes, createApiKey } from "../lib/api-keys";
import { systemActor } from "../lib/auth/system-actor";
import { createUser } from "../lib/users";
import { withDb } from "../scripts/with-db";

/**
 * How the benchmark reaches the web app, authenticated as real clients are: producers with an API
 * key (so every ingest request pays for its key check), the operator's bulk replay with a session.
 */
export type BenchClient = { baseUrl: string; keyHeaders: Record<string, string>; sessionHeaders: Record<string, string> };

export async function benchClient(baseUrl: string, databaseUrl: string): Promise<BenchClient> {
  const email = `bench-${Date.now()}@streamops.local`;
  const password = randomBytes(12).toString("base64url");
  const key = await withDb(async (db) => {
    await createUser(db, { email, password, role: "operator" }, systemActor("bench"));
    return createApiKey(db, { name: "bench", scopes: [...apiKeyScopes] }, systemActor("bench"));
  }, databaseUrl);
  return { baseUrl, keyHeaders: { authorization: `Bearer ${key.token}` }, sessionHeaders: await signIn(baseUrl, email, password) };
}

/** next-auth's credentials flow by hand: its CSRF cookie and token, then the session cookie. */
async function signIn(baseUrl: string, email: string, password: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(signedIn);
  if (!session.includes("next-auth.session-token=")) throw new Error(`bench sign-in failed: ${signedIn.status}`);
  return { cookie: session, origin: baseUrl };
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
