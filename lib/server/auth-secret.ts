import "server-only";
import { instanceSecret } from "../auth/instance-secret";
import { webEnv } from "../env/web-env";
import { db } from "./db";
import { singleton } from "./singleton";

/** AUTH_SECRET, or the one this installation generated for itself. */
export const authSecret = () =>
  singleton("authSecret", () => {
    const configured = webEnv().AUTH_SECRET;
    return configured ? Promise.resolve(configured) : instanceSecret(db(), "auth_secret");
  });
