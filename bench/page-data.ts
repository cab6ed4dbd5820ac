import type { BenchClient } from "./bench-client";

/** Each page's data request, as a signed-in operator's browser makes it, timed sequentially (it asks one at a time). */
export async function timePageData({ baseUrl, sessionHeaders }: BenchClient, paths: string[], repeats: number) {
  const results: { path: string; p50: number; p95: number }[] = [];
  for (const path of paths) {
    const durations: number[] = [];
    for (let index = 0; index < repeats; index++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: sessionHeaders });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    results.push({ path, p50: durations[Math.floor(repeats * 0.5)]!, p95: durations[Math.ceil(repeats * 0.95) - 1]! });
  }
  return results;
}

/** The data requests behind every page, unfiltered and with the filters people use most. */
export const pageDataPaths = (group: string) => [
  "/api/events?limit=50",
  "/api/events?limit=50&type=seed.type-7",
  "/api/events?limit=50&key=seed-key-42",
  "/api/metrics?minutes=60",
  "/api/metrics?minutes=1440",
  "/api/workflows?limit=50",
  "/api/workflows?limit=50&status=failed&priority=high",
  "/api/workflows?limit=50&name=workflow%201999",
  "/api/tasks?limit=50&type=export",
  "/api/dlq?limit=50&status=pending",
  "/api/consumers",
  `/api/consumers/${encodeURIComponent(group)}/lag`,
  "/api/streams",
];
