import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { anonymous } from "../auth/principal";
import { sessionClaims, SESSION_VERSION_CLAIM, SIGNED_IN_AT_CLAIM } from "../auth/session-claims";
import { webEnv } from "../env/web-env";
import { clientAddress } from "../http/client-address";
import { requestContext } from "../http/request-context";
import { endSessions, signInSchema, verifyCredentials } from "../users";
import { authSecret } from "./auth-secret";
import { sessionUser } from "./authenticate";
import { db } from "./db";
import { webLogger } from "./logger";

/** next-auth hands `authorize` the request's headers as a plain object. */
type SignInRequest = { headers?: Record<string, string | string[] | undefined> };

function signInOrigin(request: SignInRequest): Omit<Actor, "principal"> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) if (typeof value === "string") headers.set(name, value);
  return { requestId: requestContext({ headers }).requestId, clientAddress: clientAddress({ headers }) };
}

/** Sign-in attempts are limited before they get here (see sign-in-guard.ts). */
async function authorize(credentials: Record<string, string> | undefined, request: SignInRequest) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await verifyCredentials(db(), email, password);
  await recordAudit(db(), {
    actor: { ...signInOrigin(request), principal: user ? { type: "user", id: user.id, email: user.email, role: user.role } : anonymous },
    action: "user.sign_in",
    outcome: user ? "done" : "refused",
    target: { type: "user", id: email },
  });
  return user ? { id: user.id, email: user.email, sessionVersion: user.sessionVersion } : null;
}

/**
 * next-auth's configuration. Sessions are JWTs in an http-only cookie naming the user, the session
 * version it began with and when; the role is not in the token but read on each request with the
 * current version (see authenticate.ts), so changes and sign-outs apply at once.
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
    callbacks: {
      /**
       * Only at sign-in is there a `user`; afterwards the claims ride along unchanged as the token
       * slides (next-auth's session endpoint), and only while the session stands: next-auth answers
       * an error here by clearing the cookie rather than sliding an ended session.
       */
      jwt: async ({ token, user }) => {
        if (!user) {
          const claims = sessionClaims(token);
          if (!claims || !(await sessionUser(claims))) throw new Error("the session has ended");
          return token;
        }
        const { sessionVersion } = user as typeof user & { sessionVersion: number };
        return { ...token, [SESSION_VERSION_CLAIM]: sessionVersion, [SIGNED_IN_AT_CLAIM]: Math.floor(Date.now() / 1000) };
      },
    },
    events: {
      // Raising the version refuses this token, should a copy of the cookie be presented again.
      signOut: async ({ token }) => {
        const claims = sessionClaims(token);
        if (claims) await endSessions(db(), claims.userId);
      },
    },
    logger: {
      // next-auth's messages name codes and errors, never the submitted password.
      error: (code, metadata) => webLogger().warn({ code, err: metadata }, "next-auth error"),
      warn: (code) => webLogger().warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}
