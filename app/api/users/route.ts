import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";
import { createUser, createUserSchema, listUsers } from "@/lib/users";

export const GET = route("admin", async () => NextResponse.json({ items: await listUsers(db()), nextCursor: null }));

export const POST = route("admin", async (request, { actor }) => {
  const input = parseOrThrow(createUserSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return NextResponse.json(await createUser(db(), input, actor), { status: 201 });
});
