import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { jobDeps } from "@/lib/server/job-deps";
import { cancelWorkflow } from "@/lib/workflows";

export const POST = route<{ id: string }>("operate", async (_request, context) =>
  NextResponse.json(await cancelWorkflow(jobDeps(), context.params.id, context, context.actor)),
);
