import { request } from "@playwright/test";
import { attemptSignIn } from "./sign-in-attempt";

/**
 * A new request context signed in as this person, or an error saying the sign-in failed. It starts
 * explicitly cookie-less: inside a test, a new context would inherit the project's admin session.
 */
export async function signIn(baseURL: string, email: string, password: string) {
  const context = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  if (!(await attemptSignIn(context, email, password))) throw new Error(`sign-in as ${email} failed`);
  return context;
}
