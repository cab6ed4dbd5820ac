import "server-only";
import { webEnv } from "../env/web-env";
import { checkHealth } from "../health/check-health";
import { db } from "./db";
import { kafkaAdmin } from "./kafka";

export const serverHealth = () =>
  checkHealth({ db: db(), admin: kafkaAdmin(), workerStaleAfterMs: webEnv().WORKER_STALE_AFTER_MS });
