import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { limitConcurrency } from "@/lib/server/concurrency-limits";
import { streamDeps } from "@/lib/server/stream-deps";
import { browseMessages, messageQuerySchema, produceMessage, produceMessageSchema } from "@/lib/streams";

/** A page of the topic's messages, newest first, with a cursor for older ones. */
export const GET = route<{ topic: string }>(
  "read",
  limitConcurrency("browse", async (request, { params }) => {
    const query = parseOrThrow(messageQuerySchema, searchParams(request));
    return NextResponse.json(await browseMessages(streamDeps(), params.topic, query));
  }),
);

/** Produces one test message (to StreamOps' own topics: admins only); answers where it landed. */
export const POST = route<{ topic: string }>("operate", async (request, { params, actor }) => {
  const input = parseOrThrow(produceMessageSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return NextResponse.json(await produceMessage(streamDeps(), params.topic, input, actor), { status: 202 });
});
