import { NextResponse } from "next/server";
import { revokeApiKey } from "@/lib/api-keys";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";

export const POST = route<{ id: string }>("admin", async (_request, { params, actor }) =>
  NextResponse.json(await revokeApiKey(db(), params.id, actor)),
);
