"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import { fetchJson } from "@/lib/client/fetch-json";

export type Feedback = { tone: "success" | "error"; message: string };

/** Replay and discard, each refreshing every dead-letter list and reporting what happened. */
export function useDeadLetterActions() {
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["dead-letters"] });

  const replay = useMutation({
    mutationFn: (letter: DeadLetterView) => fetchJson<DeadLetterView>(`/api/dlq/${letter.id}/replay`, { method: "POST" }),
    onSuccess: (letter) =>
      setFeedback({ tone: "success", message: `Replayed to ${letter.topic} (replay ${letter.replayCount}).` }),
    onError: (error) => setFeedback({ tone: "error", message: `Replay failed: ${error.message}` }),
    onSettled: refresh,
  });
  const discard = useMutation({
    mutationFn: (letter: DeadLetterView) => fetchJson<DeadLetterView>(`/api/dlq/${letter.id}/discard`, { method: "POST" }),
    onSuccess: () => setFeedback({ tone: "success", message: "Discarded: it will not be replayed." }),
    onError: (error) => setFeedback({ tone: "error", message: `Discard failed: ${error.message}` }),
    onSettled: refresh,
  });
  return { replay, discard, feedback };
}
