"use client";

import { useCallback, useState } from "react";
import type { Feedback } from "./feedback-message";
import { toast } from "./toast-store";

/**
 * An action's outcome, said twice on purpose: inline beside what was acted on, where it stays, and
 * as a toast, which is seen wherever the operator is looking and announced to screen readers.
 */
export function useFeedback() {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const report = useCallback((next: Feedback) => {
    setFeedback(next);
    toast({ tone: next.tone, title: next.message });
  }, []);
  return { feedback, report };
}
