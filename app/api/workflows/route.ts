import { NextResponse } from "next/server";
import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { createdResponse } from "@/lib/http/created-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { idempotencyKeyOf } from "@/lib/jobs/creation-idempotency";
import { creationGate } from "@/lib/server/creation-gate";
import { db } from "@/lib/server/db";
import { jobDeps } from "@/lib/server/job-deps";
import { createWorkflow, createWorkflowSchema, listWorkflows, workflowListQuerySchema } from "@/lib/workflows";

export const POST = route("workflows:write", async (request, context) => {
  const idempotencyKey = idempotencyKeyOf(request);
  const spec = parseOrThrow(createWorkflowSchema, await readJsonBody(request, webEnv().MAX_BODY_BYTES));
  return createdResponse(await creationGate().run(() => createWorkflow(jobDeps(), spec, { ...context, idempotencyKey })));
});

export const GET = route("read", async (request) => {
  const query = parseOrThrow(workflowListQuerySchema, searchParams(request));
  return NextResponse.json(await listWorkflows(db(), query));
});
