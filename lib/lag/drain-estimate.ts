import type { LagPoint } from "./lag-history";

export type DrainEstimate =
  | { state: "caught-up" }
  | { state: "unknown" }
  | { state: "falling-behind"; consumedPerSecond: number; producedPerSecond: number }
  | { state: "draining"; seconds: number; consumedPerSecond: number; producedPerSecond: number };

/**
 * Time until the lag reaches zero at the rates seen between the first and last samples: the group
 * consumes at Δcommitted/Δt while producers add Δend/Δt.
 */
export function drainEstimate(points: LagPoint[]): DrainEstimate {
  const last = points.at(-1);
  if (!last) return { state: "unknown" };
  if (last.lag === 0) return { state: "caught-up" };
  const first = points[0]!;
  const seconds = (Date.parse(last.at) - Date.parse(first.at)) / 1000;
  if (seconds <= 0) return { state: "unknown" };
  const consumedPerSecond = (last.committed - first.committed) / seconds;
  const producedPerSecond = (last.end - first.end) / seconds;
  const net = consumedPerSecond - producedPerSecond;
  if (net <= 0) return { state: "falling-behind", consumedPerSecond, producedPerSecond };
  return { state: "draining", seconds: last.lag / net, consumedPerSecond, producedPerSecond };
}
