import { NextResponse } from "next/server";
import { discardDeadLetter } from "@/lib/dead-letters";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";

export const POST = route<{ id: string }>("operate", async (request, context) => {
  return NextResponse.json(await discardDeadLetter(db(), context.params.id, context.actor));
});
