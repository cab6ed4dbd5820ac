import { NextResponse } from "next/server";
import { bulkReplaySchema, replayDeadLetters } from "@/lib/dead-letters";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { replayDeps } from "@/lib/server/replay-deps";

/** Bulk replay by ids or by filter; answers how many letters went back to their topics. */
export const POST = route("operate", async (request, context) => {
  const selection = parseOrThrow(bulkReplaySchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return NextResponse.json(await replayDeadLetters(replayDeps(), selection, context.actor));
});
