const bar = "animate-pulse rounded bg-slate-200 dark:bg-slate-800";

const repeat = (count: number, className: string) => Array.from({ length: count }, (_, index) => <div key={index} className={className} />);

/** A page's outline while its server data loads: the title, then `cards` tiles and `rows` list rows. */
export function PageSkeleton({ cards = 0, rows = 6 }: { cards?: number; rows?: number }) {
  return (
    <div aria-busy="true" className="space-y-6">
      <span className="sr-only">Loading…</span>
      <div className={`h-8 w-48 ${bar}`} />
      {cards > 0 ? <div className="grid gap-4 sm:grid-cols-3">{repeat(cards, `h-20 ${bar}`)}</div> : null}
      <div className="space-y-2">{repeat(rows, `h-10 ${bar}`)}</div>
    </div>
  );
}
