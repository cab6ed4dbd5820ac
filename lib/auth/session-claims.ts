/**
 * What a session token says beyond next-auth's own claims: the user's session version when it
 * began, and when that was. next-auth slides `exp` forward while a session is used; `signedInAt`
 * never moves, so a session ends a fixed time after sign-in however busy it is.
 */
export type SessionClaims = { userId: string; sessionVersion: number; signedInAt: number };

export const SESSION_VERSION_CLAIM = "sessionVersion";
export const SIGNED_IN_AT_CLAIM = "signedInAt";

/** The claims of a decoded token, or null if any is missing (a token from before they existed). */
export function sessionClaims(payload: Record<string, unknown> | null | undefined): SessionClaims | null {
  const userId = payload?.sub;
  const sessionVersion = payload?.[SESSION_VERSION_CLAIM];
  const signedInAt = payload?.[SIGNED_IN_AT_CLAIM];
  if (typeof userId !== "string" || !Number.isInteger(sessionVersion) || typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) {
    return null;
  }
  return { userId, sessionVersion: sessionVersion as number, signedInAt };
}

/** Web processes' clocks may differ a little; a token signed "later" than that was not made by us. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * A session stands while it is younger than `maxAgeSeconds` (counted from sign-in, in seconds since
 * the epoch like JWT times) and nothing has raised its user's session version since it began.
 */
export const sessionStands = (claims: SessionClaims, currentVersion: number, maxAgeSeconds: number, nowSeconds = Date.now() / 1000) =>
  claims.sessionVersion === currentVersion &&
  claims.signedInAt <= nowSeconds + CLOCK_SKEW_SECONDS &&
  nowSeconds - claims.signedInAt < maxAgeSeconds;
