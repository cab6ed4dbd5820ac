"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFeedback } from "@/components/ui/use-feedback";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import type { ReplayEdit } from "@/lib/dead-letters/schemas";
import { fetchJson } from "@/lib/client/fetch-json";
import { plural } from "@/lib/client/plural";
import { DEAD_LETTERS_KEY } from "./dead-letter-queries";

/** Replay (optionally edited), bulk replay of chosen ids, and discard, each refreshing every dead-letter query and saying what happened. */
export function useDeadLetterActions() {
  const queryClient = useQueryClient();
  const { feedback, report } = useFeedback();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [DEAD_LETTERS_KEY] });

  const replay = useMutation({
    mutationFn: ({ letter, edit }: { letter: DeadLetterView; edit?: ReplayEdit }) =>
      fetchJson<DeadLetterView>(`/api/dlq/${letter.id}/replay`, { method: "POST", body: edit }),
    onSuccess: (letter, { edit }) =>
      report({
        tone: "success",
        message: `Replayed${edit ? " with your edit" : ""} to ${letter.topic} (replay ${letter.replayCount}).`,
      }),
    onError: (error) => report({ tone: "error", message: `Replay failed: ${error.message}` }),
    onSettled: refresh,
  });
  const discard = useMutation({
    mutationFn: (letter: DeadLetterView) => fetchJson<DeadLetterView>(`/api/dlq/${letter.id}/discard`, { method: "POST" }),
    onSuccess: () => report({ tone: "success", message: "Discarded: it will not be replayed." }),
    onError: (error) => report({ tone: "error", message: `Discard failed: ${error.message}` }),
    onSettled: refresh,
  });
  const bulkReplay = useMutation({
    mutationFn: (ids: string[]) => fetchJson<{ replayed: number }>("/api/dlq/replay", { method: "POST", body: { ids } }),
    onSuccess: ({ replayed }) => report({ tone: "success", message: `Replayed ${plural(replayed, "dead letter")}.` }),
    onError: (error) => report({ tone: "error", message: `Bulk replay failed: ${error.message}` }),
    onSettled: refresh,
  });
  const busyId = (replay.isPending ? replay.variables?.letter.id : undefined) ?? (discard.isPending ? discard.variables?.id : undefined);
  return { replay, discard, bulkReplay, feedback, busyId };
}
