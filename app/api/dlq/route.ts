import { NextResponse } from "next/server";
import { deadLetterListQuerySchema, listDeadLetters } from "@/lib/dead-letters";
import { parseOrThrow } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { db } from "@/lib/server/db";

export const GET = route("read", async (request) => {
  const query = parseOrThrow(deadLetterListQuerySchema, searchParams(request));
  return NextResponse.json(await listDeadLetters(db(), query));
});
