import { NextResponse } from "next/server";
import { z } from "zod";
import { parseOrThrow } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { drainEstimate } from "@/lib/lag/drain-estimate";
import { lagHistory } from "@/lib/lag/lag-history";
import { db } from "@/lib/server/db";

const querySchema = z.object({ minutes: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60) });

/** A group's sampled total lag over the window, oldest first, and when it will have drained. */
export const GET = route<{ group: string }>("read", async (request, { params }) => {
  const { minutes } = parseOrThrow(querySchema, searchParams(request));
  const items = await lagHistory(db(), params.group, minutes);
  return NextResponse.json({ items, nextCursor: null, estimate: drainEstimate(items) });
});
