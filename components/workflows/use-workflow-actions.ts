"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFeedback } from "@/components/ui/use-feedback";
import { fetchJson } from "@/lib/client/fetch-json";
import type { WorkflowView } from "@/lib/workflows/workflow-view";
import { workflowDetailKey, WORKFLOWS_KEY } from "./workflow-queries";

export type WorkflowAction = "cancel" | "retry";

const done: Record<WorkflowAction, string> = {
  cancel: "Cancelled: no further step will run.",
  retry: "Retrying from the failed step, with a fresh set of retries.",
};
const verb: Record<WorkflowAction, string> = { cancel: "Cancel", retry: "Retry" };

/** Cancel and retry, each showing the workflow as the server answered it and saying what happened. */
export function useWorkflowActions(id: string) {
  const queryClient = useQueryClient();
  const { feedback, report } = useFeedback();
  const act = useMutation({
    mutationFn: (action: WorkflowAction) => fetchJson<WorkflowView>(`/api/workflows/${id}/${action}`, { method: "POST" }),
    onSuccess: (workflow, action) => {
      queryClient.setQueryData(workflowDetailKey(id), workflow);
      report({ tone: "success", message: done[action] });
    },
    onError: (error, action) => report({ tone: "error", message: `${verb[action]} failed: ${error.message}` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [WORKFLOWS_KEY] }),
  });
  return { act, feedback };
}
