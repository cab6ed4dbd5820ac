import type { ApiKeyScope } from "../api-keys/scopes";
import type { Principal } from "./principal";
import { roleAtLeast } from "./roles";

export type IngestScope = Exclude<ApiKeyScope, "read">;

/**
 * What a route needs, declared by every route:
 * - `public`: anyone (liveness, sign-in);
 * - `read`: a signed-in viewer or a key with the `read` scope;
 * - an ingest scope: a key with that scope or a signed-in operator; with INGEST_AUTH=off, anyone may
 *   send events, but workflows and tasks still need a key or an operator, since they run steps and
 *   outbound calls on the operator's behalf;
 * - `operate` / `admin`: a signed-in person with that role; keys never.
 */
export type Access = "public" | "read" | IngestScope | "operate" | "admin";

export type AccessDecision = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

const allow: AccessDecision = { allowed: true };
const refuse = (status: 401 | 403, reason: string): AccessDecision => ({ allowed: false, status, reason });

export function decideAccess(principal: Principal, access: Access, options: { ingestOpen: boolean }): AccessDecision {
  if (access === "public") return allow;
  if (access === "events:write" && options.ingestOpen) return allow;
  if (principal.type === "anonymous" || principal.type === "system") return refuse(401, "no credentials");

  if (principal.type === "api_key") {
    if (access === "operate" || access === "admin") return refuse(403, `API keys cannot ${access}; sign in as an ${access === "admin" ? "admin" : "operator"}`);
    return principal.scopes.includes(access) ? allow : refuse(403, `the key lacks the ${access} scope`);
  }

  const needed = access === "read" ? "viewer" : access === "admin" ? "admin" : "operator";
  return roleAtLeast(principal.role, needed) ? allow : refuse(403, `needs the ${needed} role`);
}
