import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string; traceparent?: string };

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

/** A caller's request id is kept so its logs join ours; otherwise we mint one. */
export function requestContext(request: { headers: Headers }): RequestContext {
  const incomingId = request.headers.get("x-request-id");
  const traceparent = request.headers.get("traceparent") ?? undefined;
  return {
    requestId: incomingId && REQUEST_ID.test(incomingId) ? incomingId : randomUUID(),
    traceparent: traceparent && TRACEPARENT.test(traceparent) ? traceparent : undefined,
  };
}
