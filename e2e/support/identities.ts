import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { bearer, seededAccess, storageStateOf } from "./e2e-auth";
import type { SeededAccess } from "./seed-access";

type Playwright = PlaywrightWorkerArgs["playwright"];

/** Who a request can come from: nobody, a seeded session of each role, or a seeded API key. */
export const identityNames = [
  "anonymous",
  "viewer",
  "operator",
  "admin",
  "key:read",
  "key:events:write",
  "key:workflows:write",
  "key:tasks:write",
  "key:all",
  "key:revoked",
] as const;

export type IdentityName = (typeof identityNames)[number];

/** A context acting as the identity, and the headers it sends, for requests made without Playwright. */
export type Identity = { name: IdentityName; request: APIRequestContext; headers: Record<string, string> };

/** A role's seeded session, sending the app's own Origin as the dashboard's pages do unless told otherwise. */
export const sessionContext = (playwright: Playwright, role: Role, baseURL: string, extraHTTPHeaders: Record<string, string> = { origin: baseURL }) =>
  playwright.request.newContext({ baseURL, storageState: storageStateOf(role), extraHTTPHeaders });

/** In a test, new contexts start from the project's `use` (the admin's session and Origin), unless told otherwise. */
const noSession = { cookies: [], origins: [] };

/** A context with no cookie, and no headers but these. */
export const anonymousContext = (playwright: Playwright, baseURL: string, extraHTTPHeaders: Record<string, string> = {}) =>
  playwright.request.newContext({ baseURL, storageState: noSession, extraHTTPHeaders });

/** A context that sends the key and no cookie. */
export const keyContext = (playwright: Playwright, token: string, baseURL: string) => anonymousContext(playwright, baseURL, bearer(token));

const roleOf = (name: IdentityName): Role | undefined =>
  name === "viewer" || name === "operator" || name === "admin" ? name : undefined;

async function openIdentity(playwright: Playwright, name: IdentityName, baseURL: string): Promise<Identity> {
  const role = roleOf(name);
  if (role) {
    const request = await sessionContext(playwright, role, baseURL);
    const cookies = (await request.storageState()).cookies.map((cookie) => `${cookie.name}=${cookie.value}`);
    return { name, request, headers: { origin: baseURL, cookie: cookies.join("; ") } };
  }
  if (name === "anonymous") return { name, request: await anonymousContext(playwright, baseURL), headers: {} };
  const token = seededAccess().keys[name.slice("key:".length) as keyof SeededAccess["keys"]];
  return { name, request: await keyContext(playwright, token, baseURL), headers: bearer(token) };
}

export const openIdentities = (playwright: Playwright, baseURL: string) =>
  Promise.all(identityNames.map((name) => openIdentity(playwright, name, baseURL)));
