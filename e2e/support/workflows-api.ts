import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/*
 * The workflow API as a client sees it, written out rather than imported from lib/ for the same
 * reason as events-api.ts: a change on the server must not quietly change what tests expect.
 */
export type WorkflowStatus = "pending" | "processing" | "completed" | "failed" | "cancelled";
export type Priority = "low" | "medium" | "high";
export type StepStatus = "pending" | "running" | "waiting" | "retrying" | "completed" | "failed" | "cancelled";

export type RetryPolicy = { maxRetries: number; initialDelayMs: number; multiplier: number; maxDelayMs: number };

export type WorkflowInput = {
  name: string;
  steps: unknown[];
  priority?: Priority;
  input?: Record<string, unknown>;
  retry?: Partial<RetryPolicy>;
  metadata?: Record<string, string>;
};

export type CreatedWorkflow = { workflowId: string; status: "pending"; createdAt: string };

export type StepView = {
  index: number;
  name: string;
  options: Record<string, unknown>;
  status: StepStatus;
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  wakeAt: string | null;
  error: string | null;
};

export type WorkflowSummary = {
  workflowId: string;
  name: string;
  priority: Priority;
  status: WorkflowStatus;
  currentStep: string | null;
  currentStepIndex: number;
  stepCount: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
};

export type Workflow = WorkflowSummary & {
  steps: StepView[];
  input: Record<string, unknown>;
  result: Record<string, unknown> | null;
  retry: RetryPolicy;
  metadata: Record<string, string> | null;
};

export type WorkflowPage = { items: WorkflowSummary[]; nextCursor: string | null };

/** The step registry's names, in the order the API lists them. */
export const KNOWN_STEPS = ["validate", "transform", "store", "delay", "http", "emit"];

/** Retries that come at once, so a spec about retrying does not wait the default seconds. */
export const FAST_RETRY: RetryPolicy = { maxRetries: 2, initialDelayMs: 10, multiplier: 1, maxDelayMs: 10 };

/** A step that waits far longer than any test: the workflow stays processing until cancelled. */
export const LONG_DELAY = { type: "delay", ms: 10 * 60 * 1000 };

/** Steps run one Kafka round trip after another; the margin covers a cold consumer group on 2 cores. */
export const JOB_TIMEOUT_MS = 20_000;

export const postWorkflow = (request: APIRequestContext, body: unknown) => request.post("/api/workflows", { data: body });

export const getWorkflowResponse = (request: APIRequestContext, id: string) => request.get(`/api/workflows/${id}`);

export const postCancel = (request: APIRequestContext, id: string) => request.post(`/api/workflows/${id}/cancel`);

export const postRetry = (request: APIRequestContext, id: string) => request.post(`/api/workflows/${id}/retry`);

async function expectStatus<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** For tests whose subject is what follows creation: anything but 201 fails right here. */
export async function createWorkflow(request: APIRequestContext, body: WorkflowInput) {
  return expectStatus<CreatedWorkflow>(await postWorkflow(request, body), 201);
}

export async function getWorkflow(request: APIRequestContext, id: string) {
  return expectStatus<Workflow>(await getWorkflowResponse(request, id), 200);
}

export async function listWorkflows(request: APIRequestContext, query: Record<string, string | number>) {
  return expectStatus<WorkflowPage>(await request.get("/api/workflows", { params: query }), 200);
}

export async function cancelWorkflow(request: APIRequestContext, id: string) {
  return expectStatus<Workflow>(await postCancel(request, id), 200);
}

export async function retryWorkflow(request: APIRequestContext, id: string) {
  return expectStatus<Workflow>(await postRetry(request, id), 200);
}

/** Where a workflow stands, for the message of a wait that timed out. */
const describeWorkflow = ({ status, currentStep, error, steps }: Workflow) =>
  JSON.stringify({ status, currentStep, error, steps: steps.map((step) => `${step.name}:${step.status}/${step.attempts}`) });

/** Polls the workflow until `until` holds for it, and returns it as it was then. */
export async function waitForWorkflow(
  request: APIRequestContext,
  id: string,
  until: (workflow: Workflow) => boolean,
  what: string,
): Promise<Workflow> {
  let workflow: Workflow | undefined;
  await expect
    .poll(
      async () => {
        workflow = await getWorkflow(request, id);
        // Anything but `true` shows in the failure: where the workflow stood when time ran out.
        return until(workflow) || describeWorkflow(workflow);
      },
      { message: `workflow ${id} should be ${what}`, timeout: JOB_TIMEOUT_MS },
    )
    .toBe(true);
  return workflow!;
}

/** Waits for a final status; a workflow that ends in another one fails at once, naming it. */
export async function waitForWorkflowStatus(request: APIRequestContext, id: string, status: WorkflowStatus) {
  const final: WorkflowStatus[] = ["completed", "failed", "cancelled"];
  const workflow = await waitForWorkflow(request, id, (seen) => seen.status === status || final.includes(seen.status), status);
  expect(workflow.status, JSON.stringify(workflow)).toBe(status);
  return workflow;
}

/** Creates the workflow and waits until it completed. */
export async function runWorkflow(request: APIRequestContext, body: WorkflowInput) {
  const { workflowId } = await createWorkflow(request, body);
  return waitForWorkflowStatus(request, workflowId, "completed");
}
