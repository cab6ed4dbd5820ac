import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";
import { listUserActivity, renderSeedError } from "@/lib/user-activity";

/** Event-Driven Microservice compatibility: `GET /events/processed`, newest first. */
export const GET = route("read", async () => NextResponse.json(await listUserActivity(db())), {
  renderError: renderSeedError,
});
