import { hostname } from "node:os";
import type { Db } from "../../lib/db/client";
import { recordHeartbeat, recordStopped } from "../../lib/health/record-heartbeat";
import type { Logger } from "../../lib/log";
import { workerConfig } from "../config";

/** Beats into worker_heartbeats so the web app can tell whether any worker is alive. */
export function startHeartbeat(db: Db, workerId: string, logger: Logger) {
  const identity = { workerId, hostname: hostname(), pid: process.pid, startedAt: new Date() };
  const beat = () =>
    recordHeartbeat(db, identity).catch((error: unknown) => logger.warn({ err: error }, "heartbeat failed"));
  void beat();
  const timer = setInterval(beat, workerConfig.heartbeatEveryMs);
  return {
    async stop() {
      clearInterval(timer);
      await recordStopped(db, workerId).catch((error: unknown) => logger.warn({ err: error }, "could not record stop"));
    },
  };
}
