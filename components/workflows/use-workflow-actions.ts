"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Feedback } from "@/components/ui/feedback-message";
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
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const act = useMutation({
    mutationFn: (action: WorkflowAction) => fetchJson<WorkflowView>(`/api/workflows/${id}/${action}`, { method: "POST" }),
    onSuccess: (workflow, action) => {
      queryClient.setQueryData(workflowDetailKey(id), workflow);
      setFeedback({ tone: "success", message: done[action] });
    },
    onError: (error, action) => setFeedback({ tone: "error", message: `${verb[action]} failed: ${error.message}` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [WORKFLOWS_KEY] }),
  });
  return { act, feedback };
}
