import "server-only";
import { decode } from "next-auth/jwt";
import { anonymous, type Principal } from "../auth/principal";
import { sessionClaims, sessionStands, type SessionClaims } from "../auth/session-claims";
import { sessionCookieName } from "../auth/session-cookie";
import { webEnv } from "../env/web-env";
import { UnauthorizedError } from "../errors";
import { findActiveUser } from "../users";
import { apiKeyCache } from "./api-key-cache";
import { authSecret } from "./auth-secret";
import { db } from "./db";

/** What a request presents: an Authorization header, or the session cookie. */
export type Credentials = { authorization: string | null; sessionToken: string | undefined };

export const sessionTokenFrom = (cookies: { get(name: string): { value: string } | undefined }) =>
  cookies.get(sessionCookieName(webEnv().APP_URL))?.value;

/**
 * Who presented these credentials. A key takes precedence over a cookie; a key that names nothing
 * (wrong, revoked, expired, malformed) is refused outright rather than treated as anonymous. A
 * cookie that does not verify, names a disabled user, has outlived SESSION_MAX_AGE_HOURS since
 * sign-in or was ended (sign-out, new password, role change) counts as no cookie.
 */
export async function authenticate({ authorization, sessionToken }: Credentials): Promise<Principal> {
  if (authorization !== null) {
    const token = bearerToken(authorization);
    if (!token) throw new UnauthorizedError("Authorization must be 'Bearer <API key>'");
    const key = await apiKeyCache().find(token);
    if (!key) throw new UnauthorizedError("The API key is not valid, or it expired or was revoked");
    return { type: "api_key", id: key.id, name: key.name, scopes: key.scopes };
  }
  const claims = await verifiedClaims(sessionToken);
  return (claims && (await sessionUser(claims))) ?? anonymous;
}

/** The person a session's claims name, if that session still stands (see sessionStands), or null. */
export async function sessionUser(claims: SessionClaims): Promise<Extract<Principal, { type: "user" }> | null> {
  const user = await findActiveUser(db(), claims.userId);
  if (!user || !sessionStands(claims, user.sessionVersion, webEnv().SESSION_MAX_AGE_HOURS * 3600)) return null;
  return { type: "user", id: user.id, email: user.email, role: user.role };
}

/** The token of an `Authorization: Bearer <token>` header, or null for any other shape. */
export function bearerToken(authorization: string): string | null {
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  return scheme?.toLowerCase() === "bearer" && token && rest.length === 0 ? token : null;
}

async function verifiedClaims(sessionToken: string | undefined): Promise<SessionClaims | null> {
  if (!sessionToken) return null;
  try {
    return sessionClaims(await decode({ token: sessionToken, secret: await authSecret() }));
  } catch {
    return null;
  }
}
