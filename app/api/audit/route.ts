import { NextResponse } from "next/server";
import { auditListQuerySchema, listAudit } from "@/lib/audit";
import { parseOrThrow } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { db } from "@/lib/server/db";

export const GET = route("admin", async (request) => {
  const query = parseOrThrow(auditListQuerySchema, searchParams(request));
  return NextResponse.json(await listAudit(db(), query));
});
