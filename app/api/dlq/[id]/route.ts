import { NextResponse } from "next/server";
import { getDeadLetter } from "@/lib/dead-letters";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";

export const GET = route<{ id: string }>("read", async (_request, { params }) => {
  return NextResponse.json(await getDeadLetter(db(), params.id));
});
