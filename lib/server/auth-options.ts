import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { anonymous } from "../auth/principal";
import { TokenBuckets } from "../auth/token-bucket";
import { webEnv } from "../env/web-env";
import { clientAddress } from "../http/client-address";
import { requestContext } from "../http/request-context";
import { signInSchema, verifyCredentials } from "../users";
import { authSecret } from "./auth-secret";
import { db } from "./db";
import { webLogger } from "./logger";
import { singleton } from "./singleton";

/** Five quick tries per email, then one every 10 s: guessing a password online gets nowhere. */
const signInAttempts = () => singleton("signInAttempts", () => new TokenBuckets({ perSecond: 0.1, burst: 5 }));

/** next-auth hands `authorize` the request's headers as a plain object. */
type SignInRequest = { headers?: Record<string, string | string[] | undefined> };

function signInOrigin(request: SignInRequest): Omit<Actor, "principal"> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) if (typeof value === "string") headers.set(name, value);
  return { requestId: requestContext({ headers }).requestId, clientAddress: clientAddress({ headers }) };
}

async function authorize(credentials: Record<string, string> | undefined, request: SignInRequest) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const origin = signInOrigin(request);
  const waitSeconds = signInAttempts().take(email);
  if (waitSeconds > 0) throw new Error(`Too many sign-in attempts; try again in ${waitSeconds} s`);
  const user = await verifyCredentials(db(), email, password);
  await recordAudit(db(), {
    actor: { ...origin, principal: user ? { type: "user", ...user } : anonymous },
    action: "user.sign_in",
    outcome: user ? "done" : "refused",
    target: { type: "user", id: email },
  });
  return user ? { id: user.id, email: user.email } : null;
}

/**
 * next-auth's configuration. Sessions are JWTs in an http-only cookie naming the user; the role is
 * not in the token but read on each request (see authenticate.ts), so changes apply at once.
 */
export async function authOptions(): Promise<AuthOptions> {
  const env = webEnv();
  // next-auth v4 takes its own address from these variables, when a request arrives.
  if (env.APP_URL) process.env.NEXTAUTH_URL = env.APP_URL;
  else process.env.AUTH_TRUST_HOST = "true";
  return {
    secret: await authSecret(),
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
    useSecureCookies: env.APP_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize,
      }),
    ],
    logger: {
      // next-auth's messages name codes and errors, never the submitted password.
      error: (code, metadata) => webLogger().warn({ code, err: metadata }, "next-auth error"),
      warn: (code) => webLogger().warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}
