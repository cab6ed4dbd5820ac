import type { Admin } from "kafkajs";
import type { Db } from "../lib/db/client";
import { adminCall } from "../lib/kafka/admin-call";
import { listConsumerGroups } from "../lib/kafka/consumer-groups";
import { recordLagSamples } from "../lib/lag/record-lag-samples";
import type { Logger } from "../lib/log";

/** Samples every consumer group's lag into PostgreSQL on a timer, so the dashboard can show history. */
export function startLagSampler(deps: { db: Db; admin: Admin; everyMs: number; logger: Logger }) {
  let running: Promise<unknown> = Promise.resolve();
  const sample = () => {
    running = recordLagSamples(deps.db, deps.everyMs, () => adminCall(() => listConsumerGroups(deps.admin))).catch((error: unknown) =>
      deps.logger.warn({ err: error }, "lag sampling failed"),
    );
  };
  const timer = setInterval(sample, deps.everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
