import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { roleAtLeast, type Role } from "../auth/roles";
import { authenticate, sessionTokenFrom } from "./authenticate";

/** The signed-in person viewing this page, or null; read once per request however often asked. */
export const currentUser = cache(async () => {
  const principal = await authenticate({ authorization: null, sessionToken: sessionTokenFrom(await cookies()) });
  return principal.type === "user" ? principal : null;
});

/**
 * Every page calls this before reading any data: anonymous visitors go to the sign-in page, and a
 * role below `needed` gets the 403 page. It does not trust proxy.ts to have checked first.
 */
export async function requirePageUser(needed: Role = "viewer") {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!roleAtLeast(user.role, needed)) forbidden();
  return user;
}
