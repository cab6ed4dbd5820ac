export type Feedback = { tone: "success" | "error"; message: string };

/** What the last action did, announced politely to screen readers; empty until something happened. */
export function FeedbackLine({ feedback }: { feedback: Feedback | null }) {
  return (
    <p role="status" aria-live="polite" className={feedback?.tone === "error" ? "text-sm text-rose-600" : "text-sm text-emerald-700"}>
      {feedback?.message}
    </p>
  );
}
