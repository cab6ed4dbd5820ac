import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { acceptBatch } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { uniqueEventType } from "../support/unique";

type Metrics = {
  minutes: number;
  series: { minute: string; accepted: number | null; counts: Record<string, number>; latencyMs: { p50: number | null; p95: number | null; p99: number | null } }[];
  byType: { type: string; count: number }[];
  current: { processedPerSecond: number; deadLetteredInWindow: number };
};

const readMetrics = async (request: import("@playwright/test").APIRequestContext, params: Record<string, string | number>) => {
  const response = await request.get("/api/metrics", { params });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Metrics;
};

test("counts processed events by type and minute, with latency percentiles, from the roll-ups", async ({ request }) => {
  const eventType = uniqueEventType("metrics");
  const { events } = await acceptBatch(request, Array.from({ length: 7 }, (_, n) => ({ eventType, payload: { n } })));
  await Promise.all(events.map((event) => waitForProcessed(request, event.eventId)));

  const metrics = await readMetrics(request, { minutes: 10, eventType });
  expect(metrics.series).toHaveLength(10);
  expect(metrics.byType).toEqual([{ type: eventType, count: 7 }]);
  const counted = metrics.series.filter((point) => (point.counts["events.processed"] ?? 0) > 0);
  expect(counted.reduce((sum, point) => sum + point.counts["events.processed"]!, 0)).toBe(7);
  const latest = counted.at(-1)!;
  expect(latest.latencyMs.p50).toBeGreaterThan(0);
  expect(latest.latencyMs.p99!).toBeGreaterThanOrEqual(latest.latencyMs.p50!);
});

test("refuses a window it cannot serve", async ({ request }) => {
  const invalid: Record<string, string>[] = [{ minutes: "1" }, { minutes: "100000" }, { minutes: "soon" }, { eventType: "no spaces" }];
  for (const params of invalid) {
    await expectApiError(await request.get("/api/metrics", { params }), 400, "validation_failed");
  }
});
