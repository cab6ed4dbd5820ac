import "server-only";
import { z } from "zod";
import { commonEnvShape } from "./common";
import { parseEnv } from "./parse-env";

const webEnvSchema = z.object({
  ...commonEnvShape,
  KAFKA_CLIENT_ID: z.string().min(1).default("streamops-web"),
  /** Largest request body the API reads; also the batch limit (1 MiB). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /** A worker whose heartbeat is older than this counts as down in health checks. */
  WORKER_STALE_AFTER_MS: z.coerce.number().int().positive().default(15_000),
  /** A dead letter replayed this often is refused (409), so a record that keeps failing ends. */
  DLQ_MAX_REPLAYS: z.coerce.number().int().positive().default(5),
  /** Bulk replay's ceiling, so replaying a backlog leaves room for live traffic. */
  DLQ_REPLAY_PER_SECOND: z.coerce.number().int().positive().default(500),
});

export type WebEnv = z.infer<typeof webEnvSchema>;

let cached: WebEnv | undefined;

export function webEnv(): WebEnv {
  cached ??= parseEnv(webEnvSchema);
  return cached;
}
