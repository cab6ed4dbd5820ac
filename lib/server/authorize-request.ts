import "server-only";
import type { NextRequest } from "next/server";
import { recordKeyUse } from "../api-keys";
import { presentedKeyPrefix } from "../api-keys/api-key-token";
import { recordAudit } from "../audit/record-audit";
import { decideAccess, type Access } from "../auth/access";
import type { Actor } from "../auth/actor";
import { anonymous, type Principal } from "../auth/principal";
import { webEnv } from "../env/web-env";
import { ForbiddenError, UnauthorizedError } from "../errors";
import { clientAddress } from "../http/client-address";
import { isSameOriginChange } from "../http/same-origin";
import { authenticate, bearerToken, sessionTokenFrom } from "./authenticate";
import { db } from "./db";
import { webLogger } from "./logger";
import { enforceRateLimit } from "./rate-limits";

/**
 * Establishes who sent a request and refuses it unless they may have the route's access: 401 for
 * no or bad credentials, 403 for too little role or scope and for a cookie-borne change from
 * another origin, 429 past the caller's rate. Every refusal of credentials or access is audited.
 */
export async function authorizeRequest(request: NextRequest, access: Access, requestId: string): Promise<Actor> {
  const address = clientAddress(request);
  const actorOf = (principal: Principal): Actor => ({ principal, requestId, clientAddress: address });
  if (access === "public") return actorOf(anonymous);

  const env = webEnv();
  let principal: Principal;
  try {
    principal = await authenticate({
      authorization: request.headers.get("authorization"),
      sessionToken: sessionTokenFrom(request.cookies),
    });
  } catch (error) {
    if (error instanceof UnauthorizedError) {
      enforceRateLimit(anonymous, address);
      // Which key was refused (by its visible prefix), so a client still sending a revoked key can be found.
      const token = bearerToken(request.headers.get("authorization") ?? "");
      await auditRefusal(actorOf(anonymous), request, access, error.message, { keyPrefix: token && presentedKeyPrefix(token) });
    }
    throw error;
  }
  const actor = actorOf(principal);
  // Before anything is audited: a flood is turned away without a write per request.
  enforceRateLimit(principal, address);

  const decision = decideAccess(principal, access, { ingestOpen: env.INGEST_AUTH === "off" });
  if (!decision.allowed) {
    await auditRefusal(actor, request, access, decision.reason);
    throw decision.status === 401 ? new UnauthorizedError() : new ForbiddenError(`Not allowed: ${decision.reason}`);
  }
  if (principal.type === "user" && !isSameOriginChange(request, env.APP_URL)) {
    await auditRefusal(actor, request, access, "cross-origin change with a session cookie");
    throw new ForbiddenError("Not allowed: changes made with a session must come from the dashboard's own origin");
  }

  if (principal.type === "api_key") {
    recordKeyUse(db(), principal.id).catch((error: unknown) => webLogger().warn({ err: error }, "could not record API key use"));
  }
  return actor;
}

/** A refusal stands even if its audit row cannot be written (the database is down): that is logged. */
async function auditRefusal(actor: Actor, request: NextRequest, access: Access, reason: string, extra: Record<string, unknown> = {}) {
  const target = { type: "route", id: `${request.method} ${request.nextUrl.pathname}` };
  try {
    await recordAudit(db(), { actor, action: "authorization", outcome: "refused", target, details: { needed: access, reason, ...extra } });
  } catch (error) {
    webLogger().error({ err: error, requestId: actor.requestId, target, reason }, "could not audit a refused request");
  }
}
