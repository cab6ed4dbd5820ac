import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { buildEnvelope } from "@/lib/events";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { publishAccepted } from "@/lib/server/publish-accepted";
import { renderSeedError, USER_ACTIVITY_SOURCE, userActivityInputSchema, userActivityView } from "@/lib/user-activity";

/** Event-Driven Microservice compatibility: `POST /events/generate`. */
export const POST = route(
  "events:write",
  async (request, context) => {
    const input = parseOrThrow(userActivityInputSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES, { allowNul: true }));
    const envelope = buildEnvelope({ ...input, key: input.userId, source: USER_ACTIVITY_SOURCE });
    await publishAccepted([envelope], context);
    return NextResponse.json({ success: true, event: userActivityView(envelope) }, { status: 201 });
  },
  { renderError: renderSeedError },
);
