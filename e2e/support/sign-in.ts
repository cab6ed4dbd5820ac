import { request, type APIRequestContext } from "@playwright/test";

/**
 * Signs in through next-auth's own endpoints, as its sign-in form does: fetch a CSRF token (which
 * sets its cookie), then post it with the credentials. The returned context holds the session.
 */
export async function signIn(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  // Explicitly cookie-less: inside a test, a new context would inherit the project's admin session.
  const context = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const cookies = (await context.storageState()).cookies.map((cookie) => cookie.name);
  if (!cookies.includes("next-auth.session-token")) {
    throw new Error(`sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
  }
  return context;
}
