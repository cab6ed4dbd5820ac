import { hostname } from "node:os";
import { z } from "zod";
import { commonEnvShape } from "../lib/env/common";
import { parseEnv } from "../lib/env/parse-env";

const workerEnvSchema = z.object({
  ...commonEnvShape,
  KAFKA_CLIENT_ID: z.string().min(1).default("streamops-worker"),
  KAFKA_CONSUMER_GROUP: z.string().min(1).default("streamops-worker"),
  WORKER_ID: z.string().min(1).default(`${hostname()}-${process.pid}`),
  /** How often one worker records every consumer group's lag for the dashboard's history. */
  LAG_SAMPLE_EVERY_MS: z.coerce.number().int().min(1000).default(15_000),
  /**
   * How long the group waits for a silent worker before giving its partitions to another. Kafka's
   * default rides out a slow batch or a GC pause; a lower value hands over a killed worker's
   * partitions sooner (the broker's floor is 6 s).
   */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6000).default(30_000),
  /**
   * The processors this worker runs (names from worker/processors/index.ts, comma-separated);
   * unset, all of them. Lets a deployment give, say, the step lanes their own workers.
   */
  WORKER_PROCESSORS: z
    .string()
    .optional()
    .transform((list) => (list === undefined ? undefined : new Set(list.split(",").map((name) => name.trim()).filter(Boolean)))),
  /** Email tasks send through this server (smtp:// or smtps://); unset, they keep the rendered message instead. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of every email task: callers cannot choose it, so the relay only ever sends as the operator. */
  EMAIL_FROM: z.email({ pattern: z.regexes.html5Email }).default("streamops@localhost"),
});

export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export const loadWorkerEnv = () => parseEnv(workerEnvSchema);
