import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { parseJsonText, readBodyText } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { authOptions } from "@/lib/server/auth-options";

/** Sign-in and sign-out forms are a few hundred bytes; anything near this is not one. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * next-auth's own endpoints (sign-in, sign-out, CSRF token, session), with its CSRF checks on.
 * The body is read here, bounded, because next-auth would read any size it is sent.
 */
const handler = route<{ nextauth: string[] }>("public", async (request, { params }) => {
  const bounded =
    request.method === "POST"
      ? new NextRequest(request.url, { method: "POST", headers: request.headers, body: await readAuthBody(request) })
      : request;
  return NextAuth(bounded, { params: Promise.resolve(params) }, await authOptions());
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
