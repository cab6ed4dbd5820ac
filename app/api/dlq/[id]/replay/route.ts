import { NextResponse } from "next/server";
import { replayDeadLetter, replayEditSchema } from "@/lib/dead-letters";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readOptionalJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { replayDeps } from "@/lib/server/replay-deps";

export const POST = route<{ id: string }>("operate", async (request, context) => {
  const edit = parseOrThrow(replayEditSchema, await readOptionalJsonBody(request, webEnv().MAX_BODY_BYTES));
  const replayed = await replayDeadLetter(replayDeps(), context.params.id, edit, context.actor);
  return NextResponse.json(replayed);
});
