import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Access } from "../auth/access";
import type { Actor } from "../auth/actor";
import type { Principal } from "../auth/principal";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { AppError, UnavailableError } from "../errors";
import { webLogger } from "../server/logger";
import { authorizeRequest } from "../server/authorize-request";
import { assertNoNul } from "./assert-no-nul";
import { renderError, type ErrorRendering } from "./error-response";
import { requestContext, type RequestContext } from "./request-context";

type RouteContext<Params> = { params: Promise<Params> };
export type HandlerContext<Params> = RequestContext & { params: Params; principal: Principal; actor: Actor };
type Handler<Params> = (request: NextRequest, context: HandlerContext<Params>) => Promise<Response>;

/**
 * The one wrapper every route handler goes through: request id, authentication and the access the
 * route declares (checked here, on the server, for every request), error-to-status mapping and one
 * log line per request. Unknown errors become a bare 500; their cause goes to the log with the
 * request id.
 */
export function route<Params = Record<string, never>>(
  access: Access,
  handler: Handler<Params>,
  options: { renderError?: (error: unknown, requestId: string) => ErrorRendering } = {},
) {
  return async (request: NextRequest, routeContext: RouteContext<Params>) => {
    const started = performance.now();
    const context = requestContext(request);
    const logger = webLogger();
    let response: Response;
    try {
      const actor = await authorizeRequest(request, access, context.requestId);
      const params = await routeContext.params;
      assertNoNul([...request.nextUrl.searchParams, ...Object.entries(params ?? {})]);
      response = await handler(request, { ...context, params, principal: actor.principal, actor });
    } catch (caught) {
      // A full pool or an unreachable database is overload or an outage, not a fault: 503, retry soon.
      // Our own answers stand even when a database failure caused them (they say more).
      const unavailable = !(caught instanceof AppError) && isDatabaseUnavailable(caught);
      const error = unavailable ? new UnavailableError("The database is busy or out of reach; retry shortly", 2) : caught;
      if (unavailable) logger.warn({ requestId: context.requestId, err: caught }, "database unavailable");
      else if (!(error instanceof AppError)) logger.error({ requestId: context.requestId, err: error }, "unhandled error in route");
      else if (error instanceof UnavailableError && error.cause) logger.warn({ requestId: context.requestId, err: error.cause }, error.message);
      const rendered = (options.renderError ?? renderError)(error, context.requestId);
      response = NextResponse.json(rendered.body, { status: rendered.status, headers: rendered.headers });
    }
    response.headers.set("x-request-id", context.requestId);
    logger.info(
      {
        requestId: context.requestId,
        method: request.method,
        path: request.nextUrl.pathname,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
      },
      "request",
    );
    return response;
  };
}
