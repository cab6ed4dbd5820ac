import type { DrainEstimate } from "@/lib/lag/drain-estimate";

const rate = (perSecond: number) => `${perSecond.toLocaleString("en", { maximumFractionDigits: 1 })}/s`;

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function describe(estimate: DrainEstimate): string {
  switch (estimate.state) {
    case "caught-up":
      return "Caught up: no lag.";
    case "unknown":
      return "Not enough samples yet to estimate when the lag drains.";
    case "falling-behind":
      return `Falling behind: consuming ${rate(estimate.consumedPerSecond)} while producers add ${rate(estimate.producedPerSecond)}.`;
    case "draining":
      return `Drains in about ${duration(estimate.seconds)} at the current rates (consuming ${rate(estimate.consumedPerSecond)}, producers adding ${rate(estimate.producedPerSecond)}).`;
  }
}

export function DrainEstimateText({ estimate }: { estimate: DrainEstimate }) {
  return (
    <p data-testid="drain-estimate" className="text-sm">
      {describe(estimate)}
    </p>
  );
}
