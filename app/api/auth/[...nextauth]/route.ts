import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { RateLimitedError, UnavailableError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { parseJsonText, readBodyText } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { authOptions } from "@/lib/server/auth-options";
import { attemptedEmail, guardSignIn, signInRefusal } from "@/lib/server/sign-in-guard";

/** Sign-in and sign-out forms are a few hundred bytes; anything near this is not one. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * next-auth's own endpoints (sign-in, sign-out, CSRF token, session), with its CSRF checks on.
 * The body is read here, bounded, because next-auth would read any size it is sent; a sign-in
 * attempt runs within the sign-in limits.
 */
const handler = route<{ nextauth: string[] }>("public", async (request, { params, requestId }) => {
  if (request.method !== "POST") return NextAuth(request, { params: Promise.resolve(params) }, await authOptions());
  const body = await readAuthBody(request);
  const bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
  const run = async () => NextAuth(bounded, { params: Promise.resolve(params) }, await authOptions());
  if (params.nextauth.join("/") !== "callback/credentials") return run();
  try {
    return await guardSignIn({ email: attemptedEmail(request.headers.get("content-type"), body), address: clientAddress(request) }, run);
  } catch (error) {
    if (error instanceof RateLimitedError || error instanceof UnavailableError) return signInRefusal(error, request, requestId);
    throw error;
  }
});

export { handler as GET, handler as POST };

/**
 * next-auth parses a body whose content type mentions JSON itself and answers 500 when it is not
 * JSON: such a body passes the API's own JSON checks first (400 when it fails them).
 */
async function readAuthBody(request: NextRequest): Promise<string> {
  const text = await readBodyText(request, MAX_AUTH_BODY_BYTES);
  if (request.headers.get("content-type")?.includes("application/json")) parseJsonText(text);
  return text;
}
