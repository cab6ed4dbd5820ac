import "server-only";
import type { NextRequest } from "next/server";
import type { Principal } from "../auth/principal";
import { webEnv } from "../env/web-env";
import { RateLimitedError } from "../errors";
import type { HandlerContext } from "../http/route";
import { releaseWithBody } from "../http/release-with-body";
import { createConcurrencyLimiter, type ConcurrencyLimiter } from "../limits/concurrency-limiter";
import { singleton } from "./singleton";

/** The long-lived reads whose number in progress is capped, and how a refusal names them. */
export type Activity = "live" | "browse" | "export";
const described: Record<Activity, string> = { live: "live streams", browse: "message browsing requests", export: "exports and downloads" };

/** A slot frees when a request ends; a few seconds is a fair guess at when one will have. */
const RETRY_AFTER_SECONDS = 5;

const limiters = () =>
  singleton("concurrencyLimits", (): Record<Activity, ConcurrencyLimiter> => {
    const env = webEnv();
    return {
      live: createConcurrencyLimiter({ perPrincipal: env.LIVE_STREAMS_PER_PRINCIPAL, total: env.LIVE_STREAMS_TOTAL }),
      browse: createConcurrencyLimiter({ perPrincipal: env.BROWSE_CONCURRENCY_PER_PRINCIPAL, total: env.BROWSE_CONCURRENCY_TOTAL }),
      export: createConcurrencyLimiter({ perPrincipal: env.EXPORT_CONCURRENCY_PER_PRINCIPAL, total: env.EXPORT_CONCURRENCY_TOTAL }),
    };
  });

const principalKey = (principal: Principal) => (principal.type === "anonymous" ? "anonymous" : `${principal.type}:${principal.id}`);

/** A slot for one request of this activity, or a 429 saying which limit is full. */
function acquireSlot(activity: Activity, principal: Principal): () => void {
  const acquired = limiters()[activity].acquire(principalKey(principal));
  if (acquired.ok) return acquired.release;
  const { limit, max } = acquired.refusal;
  const whose = limit === "per-principal" ? `you already have ${max} in progress (the most one caller may)` : `this server already has ${max} in progress`;
  throw new RateLimitedError(RETRY_AFTER_SECONDS, `Too many concurrent ${described[activity]}: ${whose}; finish one or retry in ${RETRY_AFTER_SECONDS} s`);
}

type Handler<Params> = (request: NextRequest, context: HandlerContext<Params>) => Promise<Response>;

/**
 * Runs the handler holding one of the caller's slots for this activity (per principal and in
 * total), kept until the response body has been sent or the client has gone away.
 */
export function limitConcurrency<Params>(activity: Activity, handler: Handler<Params>): Handler<Params> {
  return async (request, context) => {
    const release = acquireSlot(activity, context.principal);
    try {
      return releaseWithBody(await handler(request, context), release, request.signal);
    } catch (error) {
      release();
      throw error;
    }
  };
}
