"use client";

import { useCreateAndOpen } from "@/components/forms/use-create-and-open";
import { NewWorkflowForm } from "./new-workflow-form";
import { WORKFLOWS_KEY } from "./workflow-queries";

type Created = { workflowId: string; status: string; createdAt: string };

/** Sends the form to POST /api/workflows and, once accepted, opens the new workflow's page. */
export function CreateWorkflow() {
  const create = useCreateAndOpen<Created>({
    noun: "workflow",
    url: "/api/workflows",
    queryKey: WORKFLOWS_KEY,
    pageOf: (created) => `/workflows/${created.workflowId}?created=1`,
  });
  return <NewWorkflowForm onSubmit={create} />;
}
