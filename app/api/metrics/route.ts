import { NextResponse } from "next/server";
import { parseOrThrow } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { readOverviewMetrics } from "@/lib/metrics/read-overview-metrics";
import { metricsQuerySchema } from "@/lib/metrics/schemas";
import { db } from "@/lib/server/db";
import { topics } from "@/lib/server/topics";

/** Per-minute throughput, latency percentiles, failures and events by type, from roll-ups. */
export const GET = route("read", async (request) => {
  const query = parseOrThrow(metricsQuerySchema, searchParams(request));
  return NextResponse.json(await readOverviewMetrics(db(), { ...query, eventsTopic: topics().events }));
});
