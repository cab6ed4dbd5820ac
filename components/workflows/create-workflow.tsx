"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { postForm } from "@/lib/client/post-form";
import type { CreateWorkflowInput } from "@/lib/workflows/schemas";
import { NewWorkflowForm } from "./new-workflow-form";
import { WORKFLOWS_KEY } from "./workflow-queries";

type Created = { workflowId: string; status: string; createdAt: string };

/** Sends the form to POST /api/workflows and, once accepted, opens the new workflow's page. */
export function CreateWorkflow() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return (
    <NewWorkflowForm
      onSubmit={async (body) => {
        const created = await postForm<Created>("/api/workflows", body);
        await queryClient.invalidateQueries({ queryKey: [WORKFLOWS_KEY] });
        router.push(`/workflows/${created.workflowId}?created=1`);
      }}
    />
  );
}
