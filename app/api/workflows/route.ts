import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { db } from "@/lib/server/db";
import { jobDeps } from "@/lib/server/job-deps";
import { createWorkflow, createWorkflowSchema, listWorkflows, workflowListQuerySchema } from "@/lib/workflows";

export const POST = route("workflows:write", async (request, context) => {
  const spec = parseOrThrow(createWorkflowSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return NextResponse.json(await createWorkflow(jobDeps(), spec, context, context.actor), { status: 201 });
});

export const GET = route("read", async (request) => {
  const query = parseOrThrow(workflowListQuerySchema, searchParams(request));
  return NextResponse.json(await listWorkflows(db(), query));
});
