import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";
import { updateUser, updateUserSchema } from "@/lib/users";

/** Changes a user's role, disables or re-enables them, or sets a new password. */
export const PATCH = route<{ id: string }>("admin", async (request, { params, actor }) => {
  const change = parseOrThrow(updateUserSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return NextResponse.json(await updateUser(db(), params.id, change, actor));
});
