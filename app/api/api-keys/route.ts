import { NextResponse } from "next/server";
import { createApiKey, createApiKeySchema, listApiKeys } from "@/lib/api-keys";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";

export const GET = route("admin", async () => NextResponse.json({ items: await listApiKeys(db()), nextCursor: null }));

/** The answer holds the key's token; it is never shown again. */
export const POST = route("admin", async (request, { actor }) => {
  const input = parseOrThrow(createApiKeySchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return NextResponse.json(await createApiKey(db(), input, actor), { status: 201, headers: { "cache-control": "no-store" } });
});
