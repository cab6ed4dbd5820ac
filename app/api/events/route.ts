import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import {
  acceptedEventView,
  buildEnvelope,
  eventInputSchema,
  eventListQuerySchema,
  listEvents,
} from "@/lib/events";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { db } from "@/lib/server/db";
import { publishAccepted } from "@/lib/server/publish-accepted";

export const POST = route("events:write", async (request, context) => {
  const input = parseOrThrow(eventInputSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES, { allowNul: true }));
  const envelope = buildEnvelope(input);
  await publishAccepted([envelope], context);
  return NextResponse.json(acceptedEventView(envelope), { status: 202 });
});

export const GET = route("read", async (request) => {
  const query = parseOrThrow(eventListQuerySchema, searchParams(request));
  return NextResponse.json(await listEvents(db(), query));
});
