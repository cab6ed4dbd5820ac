import type { NextRequest } from "next/server";
import type { Actor } from "../dead-letters/actor";
import type { RequestContext } from "./request-context";

/** Sign-in does not exist yet, so every person is "anonymous"; the address and request id still say which request. */
export function requestActor(request: NextRequest, context: RequestContext): Actor {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { name: "anonymous", requestId: context.requestId, clientAddress: forwarded || null };
}
