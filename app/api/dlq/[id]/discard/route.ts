import { NextResponse } from "next/server";
import { discardDeadLetter } from "@/lib/dead-letters";
import { requestActor } from "@/lib/http/request-actor";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";

export const POST = route<{ id: string }>(async (request, context) => {
  return NextResponse.json(await discardDeadLetter(db(), context.params.id, requestActor(request, context)));
});
