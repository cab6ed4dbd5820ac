import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "./lib/auth/session-cookie";
import { pageContentSecurityPolicy } from "./lib/security/content-security-policy";

/**
 * For pages: a fresh CSP nonce per response, and a visitor with no session cookie goes to the
 * sign-in page and comes back afterwards. This is convenience only: every page and every route
 * handler checks the session itself, so a request that skips this step gains nothing.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = request.cookies.has(sessionCookieName(process.env.APP_URL));
  if (!signedIn && pathname !== "/login") {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes, Next's assets and the seed contracts' routes answer for themselves.
  matcher: ["/((?!api/|_next/|favicon.ico|health$|events/generate$|events/processed$).*)"],
};
