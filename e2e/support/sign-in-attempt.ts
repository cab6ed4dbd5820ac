import type { APIRequestContext } from "@playwright/test";

const SESSION_COOKIE = "next-auth.session-token";

/**
 * Posts credentials to next-auth as its sign-in form does, with the caller's headers, and answers
 * whether a session came of it. Give it a context without a session (see anonymousContext).
 */
export async function attemptSignIn(request: APIRequestContext, email: string, password: string, headers?: Record<string, string>) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers, maxRedirects: 0 });
  return (await request.storageState()).cookies.some((cookie) => cookie.name === SESSION_COOKIE);
}
