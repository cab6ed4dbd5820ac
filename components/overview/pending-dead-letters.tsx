import Link from "next/link";

/** The Overview's pointer to work waiting for an operator. */
export function PendingDeadLetters({ pending }: { pending: number }) {
  return (
    <section aria-label="Dead letters" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center gap-3">
        <h2 className="text-sm font-medium">Dead letters</h2>
        <span data-testid="pending-dead-letters" className={`text-sm ${pending > 0 ? "font-semibold text-amber-700 dark:text-amber-400" : "text-slate-500"}`}>
          {pending.toLocaleString("en")} pending
        </span>
        <Link href="/dlq" className="ml-auto text-sm text-indigo-700 hover:underline dark:text-indigo-300">
          {pending > 0 ? "Review and replay →" : "Open →"}
        </Link>
      </div>
    </section>
  );
}
