import type { ApiKeyScope } from "../api-keys/scopes";
import type { Role } from "./roles";

/** Who a request comes from, once its credentials have been checked. */
export type Principal =
  | { type: "user"; id: string; email: string; role: Role }
  | { type: "api_key"; id: string; name: string; scopes: ApiKeyScope[] }
  | { type: "anonymous" }
  /** A command run on the server itself (`npm run user:create`, start-up). */
  | { type: "system"; id: string };

export const anonymous: Principal = { type: "anonymous" };

/** The name shown in histories and the audit log. */
export function principalName(principal: Principal): string {
  if (principal.type === "user") return principal.email;
  if (principal.type === "api_key") return `key:${principal.name}`;
  if (principal.type === "system") return `system:${principal.id}`;
  return "anonymous";
}
