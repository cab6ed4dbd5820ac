import { NextResponse } from "next/server";
import { revokeApiKey } from "@/lib/api-keys";
import { route } from "@/lib/http/route";
import { apiKeyCache } from "@/lib/server/api-key-cache";
import { db } from "@/lib/server/db";

/** Other web processes forget the key when its revocation's notice arrives; this one at once. */
export const POST = route<{ id: string }>("admin", async (_request, { params, actor }) => {
  const revoked = await revokeApiKey(db(), params.id, actor);
  apiKeyCache().forget(revoked.id);
  return NextResponse.json(revoked);
});
