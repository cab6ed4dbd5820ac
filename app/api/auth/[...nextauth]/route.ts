import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth-options";

type AuthRouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth's own endpoints (sign-in, sign-out, CSRF token, session), with its CSRF checks on. */
async function handler(request: NextRequest, context: AuthRouteContext) {
  return NextAuth(request, context, await authOptions());
}

export { handler as GET, handler as POST };
