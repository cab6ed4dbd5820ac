import "server-only";
import { NextResponse } from "next/server";
import { TokenBuckets } from "../auth/token-bucket";
import { webEnv } from "../env/web-env";
import { AppError, RateLimitedError, UnavailableError } from "../errors";
import { AdmissionGate } from "../http/admission-gate";
import { renderError } from "../http/error-response";
import { emailSchema } from "../users/schemas";
import { singleton } from "./singleton";

const SWEEP_EVERY_MS = 60_000;
const BUSY = "Too many sign-ins at once; try again shortly";
/** Buckets kept per kind: at about 100 bytes each, a few MiB however many names a flood invents. */
const MAX_TRACKED_NAMES = 20_000;

const limits = () =>
  singleton("signInLimits", () => {
    const env = webEnv();
    const buckets = {
      // Five quick tries per email, then one every 10 s: guessing a password online gets nowhere.
      email: new TokenBuckets({ perSecond: 0.1, burst: 5, maxNames: MAX_TRACKED_NAMES }),
      address: new TokenBuckets({ perSecond: env.SIGN_IN_ADDRESS_PER_SECOND, burst: env.SIGN_IN_ADDRESS_BURST, maxNames: MAX_TRACKED_NAMES }),
      overall: new TokenBuckets({ perSecond: env.SIGN_IN_PER_SECOND, burst: env.SIGN_IN_BURST }),
    };
    setInterval(() => Object.values(buckets).forEach((bucket) => bucket.sweep()), SWEEP_EVERY_MS).unref();
    // Password checks past the bound are refused at once: queueing them would only move the flood.
    const checking = new AdmissionGate({ maxInFlight: env.SIGN_IN_CONCURRENCY, maxWaiting: 0, maxWaitMs: 1000, busyMessage: BUSY });
    return { ...buckets, checking };
  });

/**
 * Runs a sign-in attempt within its limits: per client address and per email (429, the caller's
 * own doing), then overall and by password checks at once (503, the server protecting itself).
 * The per-caller limits come first, so one flooding address does not spend everyone's share.
 */
export async function guardSignIn<T>(attempt: { email: unknown; address: string | null }, signIn: () => Promise<T>): Promise<T> {
  const { email, address, overall, checking } = limits();
  const parsedEmail = emailSchema.safeParse(attempt.email);
  const wait = Math.max(address.take(attempt.address ?? "unknown"), parsedEmail.success ? email.take(parsedEmail.data) : 0);
  if (wait > 0) throw new RateLimitedError(wait);
  const overallWait = overall.take("everyone");
  if (overallWait > 0) throw new UnavailableError(BUSY, overallWait);
  return checking.run(signIn);
}

/** The email a sign-in body names, read as next-auth reads it: JSON or a form. */
export function attemptedEmail(contentType: string | null, body: string): unknown {
  if (contentType?.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed === "object" && parsed !== null && Object.hasOwn(parsed, "email") ? (parsed as { email: unknown }).email : null;
    } catch {
      return null;
    }
  }
  return new URLSearchParams(body).get("email");
}

/**
 * A refused attempt in the shape next-auth's client reads (it takes the message from `url`'s
 * `error`), with the standard error body and Retry-After beside it.
 */
export function signInRefusal(error: AppError, request: Request, requestId: string) {
  const rendered = renderError(error, requestId);
  const url = new URL("/login", request.url);
  url.searchParams.set("error", error.message);
  return NextResponse.json({ ...(rendered.body as object), url: url.href }, { status: rendered.status, headers: rendered.headers });
}
