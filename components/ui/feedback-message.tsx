export type Feedback = { tone: "success" | "error"; message: string };

/** What the last action did, announced to screen readers; empty until there is something to say. */
export function FeedbackMessage({ feedback }: { feedback: Feedback | null }) {
  return (
    <p role="status" aria-live="polite" className={feedback?.tone === "error" ? "text-sm text-rose-600 dark:text-rose-400" : "text-sm text-emerald-700 dark:text-emerald-400"}>
      {feedback?.message}
    </p>
  );
}
