import type { ReactNode } from "react";

const WIDTH = 640;
const HEIGHT = 160;

export type ChartSeries = { label: string; colorClass: string; values: (number | null)[] };

/**
 * Lines over evenly spaced points as plain SVG: a chart library would outweigh a few series.
 * A null value breaks its line (no data for that point).
 */
export function LineChart({ series, labels, unit, title }: { series: ChartSeries[]; labels: [ReactNode, ReactNode]; unit: string; title: string }) {
  const count = Math.max(...series.map((one) => one.values.length));
  const peak = Math.max(1, ...series.flatMap((one) => one.values.filter((value): value is number => value !== null)));
  const x = (index: number) => (count <= 1 ? 0 : (index / (count - 1)) * WIDTH);
  const y = (value: number) => HEIGHT - (value / peak) * HEIGHT;
  const segments = (values: (number | null)[]) => {
    const lines: string[][] = [[]];
    values.forEach((value, index) => (value === null ? lines.push([]) : lines.at(-1)!.push(`${x(index)},${y(value)}`)));
    return lines.filter((line) => line.length > 0);
  };
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}, peaking at ${peak.toLocaleString("en")} ${unit}`} preserveAspectRatio="none" className="h-40 w-full">
        {series.map((one) =>
          segments(one.values).map((points, index) => (
            <polyline key={`${one.label}-${index}`} points={points.join(" ")} fill="none" stroke="currentColor" strokeWidth="2" className={one.colorClass} vectorEffect="non-scaling-stroke" />
          )),
        )}
      </svg>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span>{labels[0]}</span>
        <span className="flex gap-3">
          {series.map((one) => (
            <span key={one.label} className="flex items-center gap-1">
              <span aria-hidden className={`inline-block h-0.5 w-3 bg-current ${one.colorClass}`} />
              {one.label}
            </span>
          ))}
          <span>peak {peak.toLocaleString("en", { maximumFractionDigits: 1 })} {unit}</span>
        </span>
        <span>{labels[1]}</span>
      </figcaption>
    </figure>
  );
}
