import type { Kafka } from "kafkajs";
import type { Db } from "../../lib/db/client";
import { adminCall } from "../../lib/kafka/admin-call";
import { listConsumerGroups } from "../../lib/kafka/consumer-groups";
import { recordLagSamples } from "../../lib/lag/record-lag-samples";
import type { Logger } from "../../lib/log";

const SAMPLE_TIMEOUT_MS = 30_000;

/** Samples every consumer group's lag into PostgreSQL on a timer, so the dashboard can show history. */
export function startLagSampler(deps: { db: Db; kafka: Kafka; everyMs: number; logger: Logger }) {
  let running: Promise<unknown> = Promise.resolve();
  const sample = () => {
    // A background read, so it may take longer than a page's: every group on a busy cluster is
    // described. A fresh admin each time: one kept around fails for good once a topic it read is deleted.
    const readGroups = () =>
      adminCall(async () => {
        const admin = deps.kafka.admin();
        await admin.connect();
        try {
          return await listConsumerGroups(admin);
        } finally {
          await admin.disconnect();
        }
      }, SAMPLE_TIMEOUT_MS);
    running = recordLagSamples(deps.db, deps.everyMs, readGroups).catch((error: unknown) =>
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
