"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LineChart } from "@/components/ui/line-chart";
import { RelativeTime } from "@/components/ui/relative-time";
import { fetchJson } from "@/lib/client/fetch-json";
import type { OverviewMetrics } from "@/lib/metrics/read-overview-metrics";
import { MetricCard } from "./metric-card";

const WINDOW_MINUTES = 60;
const rate = (value: number | null) => (value === null ? "—" : `${value.toLocaleString("en", { maximumFractionDigits: 1 })}/s`);
const edge = (iso: string | undefined) => (iso ? <RelativeTime iso={iso} inline /> : null);

/**
 * Throughput, latency and failures over the last hour, from the worker's per-minute roll-ups.
 * The query key starts with "events", so live updates of processed events refresh it.
 */
export function MetricsPanel() {
  const query = useQuery({
    queryKey: ["events", "metrics", WINDOW_MINUTES],
    queryFn: () => fetchJson<OverviewMetrics>(`/api/metrics?minutes=${WINDOW_MINUTES}`),
  });
  if (query.isPending) return <div aria-busy className="h-64 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />;
  if (query.isError) return <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">Could not load metrics: {query.error.message}</p>;
  const { series, byType, current } = query.data;
  const labels: [ReactNode, ReactNode] = [edge(series[0]?.minute), edge(series.at(-1)?.minute)];
  return (
    <section aria-label="Metrics" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <MetricCard label="Accepted" value={rate(current.acceptedPerSecond)} hint="events Kafka took, last full minute" />
        <MetricCard label="Processed" value={rate(current.processedPerSecond)} hint="events the worker applied, last full minute" />
        <MetricCard label="Dead-lettered" value={current.deadLetteredInWindow.toLocaleString("en")} hint={`records failed for good, last ${WINDOW_MINUTES} min`} />
        <MetricCard label="Total lag" value={current.totalLag === null ? "—" : current.totalLag.toLocaleString("en")} hint="records behind, all groups, latest sample" />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="mb-2 text-sm font-medium">Throughput per minute</h3>
          <LineChart
            title="Events per minute"
            unit="events/min"
            labels={labels}
            series={[
              { label: "accepted", colorClass: "text-sky-500", values: series.map((point) => point.accepted) },
              { label: "processed", colorClass: "text-indigo-600 dark:text-indigo-400", values: series.map((point) => point.counts["events.processed"]) },
              { label: "dead-lettered", colorClass: "text-rose-500", values: series.map((point) => point.counts["records.dead_lettered"]) },
            ]}
          />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="mb-2 text-sm font-medium">Processing latency (accepted → processed)</h3>
          <LineChart
            title="Latency percentiles"
            unit="ms"
            labels={labels}
            series={[
              { label: "p50", colorClass: "text-emerald-500", values: series.map((point) => point.latencyMs.p50) },
              { label: "p95", colorClass: "text-amber-500", values: series.map((point) => point.latencyMs.p95) },
              { label: "p99", colorClass: "text-rose-500", values: series.map((point) => point.latencyMs.p99) },
            ]}
          />
        </div>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h3 className="mb-2 text-sm font-medium">Events by type, last {WINDOW_MINUTES} min</h3>
        {byType.length === 0 ? (
          <p className="text-sm text-slate-500">No events processed in this window yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {byType.map((entry) => (
              <li key={entry.type} className="flex justify-between gap-4">
                <span className="truncate font-mono">{entry.type}</span>
                <span className="tabular-nums">{entry.count.toLocaleString("en")}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
