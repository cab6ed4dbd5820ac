import { sql } from "drizzle-orm";
import type { Admin } from "kafkajs";
import type { Db } from "../db/client";
import { withTimeout } from "../with-timeout";
import { liveWorkers } from "./live-workers";

const CHECK_TIMEOUT_MS = 2000;

type Check = { status: "up" | "down"; latencyMs: number; error?: string };

async function timed(check: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await withTimeout(check(), CHECK_TIMEOUT_MS, `no answer within ${CHECK_TIMEOUT_MS} ms`);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

/** Kafka, PostgreSQL and worker liveness, checked in parallel, each within a bounded time. */
export async function checkHealth(deps: { db: Db; admin: Admin; workerStaleAfterMs: number }) {
  const [kafka, postgres, workers] = await Promise.all([
    timed(async () => {
      await deps.admin.connect();
      await deps.admin.describeCluster();
    }),
    timed(() => deps.db.execute(sql`select 1`)),
    liveWorkers(deps.db, deps.workerStaleAfterMs).catch(() => []),
  ]);
  const worker = { status: workers.length > 0 ? ("up" as const) : ("down" as const), workers };
  const healthy = kafka.status === "up" && postgres.status === "up" && worker.status === "up";
  return { status: healthy ? ("ok" as const) : ("degraded" as const), checks: { kafka, postgres, worker } };
}

export type Health = Awaited<ReturnType<typeof checkHealth>>;
