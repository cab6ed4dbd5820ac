"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Feedback } from "@/components/ui/feedback-message";
import { fetchJson } from "@/lib/client/fetch-json";
import type { RecordPosition } from "@/lib/kafka/event-producer";
import type { ProduceMessageInput } from "@/lib/streams/schemas";
import { streamMessagesRoot } from "./stream-message-queries";

const wording = {
  produce: { done: "Produced", failed: "Could not produce the message" },
  reproduce: { done: "Re-produced", failed: "Could not re-produce the message" },
};

/** Produces a test message or re-produces a shown one, says where it landed, and refreshes the list. */
export function useProduceMessage(topic: string) {
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const produce = useMutation({
    mutationFn: ({ input }: { input: ProduceMessageInput; action: keyof typeof wording }) =>
      fetchJson<RecordPosition>(`/api/streams/${encodeURIComponent(topic)}/messages`, { method: "POST", body: input }),
    onSuccess: (position, { action }) =>
      setFeedback({ tone: "success", message: `${wording[action].done} to partition ${position.partition} at offset ${position.offset}.` }),
    onError: (error, { action }) => setFeedback({ tone: "error", message: `${wording[action].failed}: ${error.message}` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: streamMessagesRoot(topic) }),
  });
  return { produce, feedback };
}
