import { RelativeTime } from "@/components/ui/relative-time";
import type { LagPoint } from "@/lib/lag/lag-history";

const WIDTH = 640;
const HEIGHT = 160;

/** Total lag over time as a plain SVG line: no chart library for one series. */
export function LagChart({ points }: { points: LagPoint[] }) {
  if (points.length < 2) {
    return <p className="text-sm text-slate-500">Lag history appears after the worker has taken two samples (every 15 s by default).</p>;
  }
  const start = Date.parse(points[0]!.at);
  const span = Math.max(1, Date.parse(points.at(-1)!.at) - start);
  const peak = Math.max(...points.map((point) => point.lag));
  const top = Math.max(1, peak);
  const coordinates = points
    .map((point) => `${((Date.parse(point.at) - start) / span) * WIDTH},${HEIGHT - (point.lag / top) * HEIGHT}`)
    .join(" ");
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Lag over time, peaking at ${peak.toLocaleString("en")}`} preserveAspectRatio="none" className="h-40 w-full">
        <polyline points={coordinates} fill="none" stroke="currentColor" strokeWidth="2" className="text-indigo-600 dark:text-indigo-400" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="flex justify-between text-xs text-slate-500">
        <RelativeTime iso={points[0]!.at} inline />
        <span>peak {peak.toLocaleString("en")}</span>
        <RelativeTime iso={points.at(-1)!.at} inline />
      </figcaption>
    </figure>
  );
}
