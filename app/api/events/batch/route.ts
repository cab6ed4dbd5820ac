import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { acceptedEventView, buildEnvelope, eventBatchInputSchema, publishEvents } from "@/lib/events";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { eventProducer } from "@/lib/server/kafka";
import { topics } from "@/lib/server/topics";

/** All or nothing at validation; one produce request for the whole batch. */
export const POST = route(async (request, context) => {
  const input = parseOrThrow(eventBatchInputSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  const now = new Date();
  const envelopes = input.events.map((event) => buildEnvelope(event, now));
  await publishEvents(eventProducer(), topics().events, envelopes, context);
  return NextResponse.json(
    { accepted: envelopes.length, events: envelopes.map(acceptedEventView) },
    { status: 202 },
  );
});
