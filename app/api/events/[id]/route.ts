import { NextResponse } from "next/server";
import { getEvent } from "@/lib/events";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";

export const GET = route<{ id: string }>("read", async (_request, { params }) => {
  return NextResponse.json(await getEvent(db(), params.id));
});
