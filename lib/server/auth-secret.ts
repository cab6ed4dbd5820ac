import "server-only";
import { instanceSecret } from "../auth/instance-secret";
import { webEnv } from "../env/web-env";
import { db } from "./db";
import { forgetSingleton, singleton } from "./singleton";

/** AUTH_SECRET, or the one this installation generated for itself (read once; retried if that failed). */
export function authSecret(): Promise<string> {
  const configured = webEnv().AUTH_SECRET;
  if (configured) return Promise.resolve(configured);
  const secret = singleton("authSecret", () => instanceSecret(db(), "auth_secret"));
  secret.catch(() => forgetSingleton("authSecret"));
  return secret;
}
