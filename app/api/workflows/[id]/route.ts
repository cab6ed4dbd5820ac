import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";
import { getWorkflow } from "@/lib/workflows";

export const GET = route<{ id: string }>("read", async (_request, context) => NextResponse.json(await getWorkflow(db(), context.params.id)));
