import { NextResponse } from "next/server";
import { replayDeadLetter, replayEditSchema } from "@/lib/dead-letters";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readOptionalJsonBody } from "@/lib/http/read-json-body";
import { requestActor } from "@/lib/http/request-actor";
import { route } from "@/lib/http/route";
import { replayDeps } from "@/lib/server/replay-deps";

export const POST = route<{ id: string }>(async (request, context) => {
  const edit = parseOrThrow(replayEditSchema, await readOptionalJsonBody(request, webEnv().MAX_BODY_BYTES));
  const replayed = await replayDeadLetter(replayDeps(), context.params.id, edit, requestActor(request, context));
  return NextResponse.json(replayed);
});
