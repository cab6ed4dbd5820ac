import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { acceptedEventView, buildEnvelope, eventBatchInputSchema } from "@/lib/events";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { publishAccepted } from "@/lib/server/publish-accepted";

/** All or nothing at validation; one produce request for the whole batch. */
export const POST = route("events:write", async (request, context) => {
  const input = parseOrThrow(eventBatchInputSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES, { allowNul: true }));
  const now = new Date();
  const envelopes = input.events.map((event) => buildEnvelope(event, now));
  await publishAccepted(envelopes, context);
  return NextResponse.json(
    { accepted: envelopes.length, events: envelopes.map(acceptedEventView) },
    { status: 202 },
  );
});
