import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";
import { getTask } from "@/lib/tasks";

export const GET = route<{ id: string }>("read", async (_request, context) => NextResponse.json(await getTask(db(), context.params.id)));
