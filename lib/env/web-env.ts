import "server-only";
import { z } from "zod";
import { commonEnvShape, optionalSetting } from "./common";
import { requestLimitsShape } from "./request-limits";
import { parseEnv } from "./parse-env";

const webEnvSchema = z.object({
  ...commonEnvShape,
  KAFKA_CLIENT_ID: z.string().min(1).default("streamops-web"),
  ...requestLimitsShape,
  /** A worker whose heartbeat is older than this counts as down in health checks. */
  WORKER_STALE_AFTER_MS: z.coerce.number().int().positive().default(15_000),
  /** A dead letter replayed this often is refused (409), so a record that keeps failing ends. */
  DLQ_MAX_REPLAYS: z.coerce.number().int().positive().default(5),
  /** Bulk replay's ceiling, so replaying a backlog leaves room for live traffic. */
  DLQ_REPLAY_PER_SECOND: z.coerce.number().int().positive().default(500),
  /**
   * Signs session cookies. Unset, the installation generates one and keeps it in the database, so
   * every web process agrees on it; set it to rotate it or to keep it out of the database.
   */
  AUTH_SECRET: optionalSetting(z.string().min(32, "at least 32 characters")),
  /**
   * The address people reach the dashboard at (`https://ops.example.com`). Sign-in redirects and the
   * same-origin check use it; unset, the request's own Host is trusted, which suits local use.
   */
  APP_URL: optionalSetting(z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/$/, ""))),
  /** `off` opens the ingestion routes (and only those) to callers without a key. */
  INGEST_AUTH: z.enum(["on", "off"]).default("on"),
  /**
   * A session's whole life, counted from sign-in: using it does not extend it. Sign-out, a new
   * password, disabling or a role change end it sooner.
   */
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(12),
  /** Requests per second each API key may make, and the burst it may save up. */
  RATE_LIMIT_KEY_PER_SECOND: z.coerce.number().positive().default(500),
  RATE_LIMIT_KEY_BURST: z.coerce.number().int().positive().default(1000),
  /** The same for each signed-in person: a live page refetches its queries up to 4 times a second while data flows. */
  RATE_LIMIT_USER_PER_SECOND: z.coerce.number().positive().default(50),
  RATE_LIMIT_USER_BURST: z.coerce.number().int().positive().default(300),
  /**
   * Callers without credentials, per client address: refusals are audited, so a flood of them must
   * not become a flood of writes. Raise it when INGEST_AUTH=off serves anonymous producers.
   */
  RATE_LIMIT_ANONYMOUS_PER_SECOND: z.coerce.number().positive().default(50),
  RATE_LIMIT_ANONYMOUS_BURST: z.coerce.number().int().positive().default(200),
  /**
   * Tasks each key or person may create per task type and hour: far above a working integration's
   * needs, low enough that a leaked key cannot turn the mail relay or the webhooks into a flood.
   */
  TASK_QUOTA_PER_HOUR: z.coerce.number().int().positive().default(1000),
  /**
   * Requests each principal (person or key) may have in progress at once, and this process in total:
   * live streams stay open for hours, a browse joins a consumer group and reads up to 5,000 records,
   * an export reads the database for as long as its download lasts.
   */
  LIVE_STREAMS_PER_PRINCIPAL: z.coerce.number().int().positive().default(5),
  LIVE_STREAMS_TOTAL: z.coerce.number().int().positive().default(200),
  BROWSE_CONCURRENCY_PER_PRINCIPAL: z.coerce.number().int().positive().default(4),
  BROWSE_CONCURRENCY_TOTAL: z.coerce.number().int().positive().default(32),
  EXPORT_CONCURRENCY_PER_PRINCIPAL: z.coerce.number().int().positive().default(2),
  EXPORT_CONCURRENCY_TOTAL: z.coerce.number().int().positive().default(8),
  /**
   * Sign-in attempts from one client address (an office behind one NAT shares it), and from
   * everyone together: each attempt costs an argon2id hash (19 MiB, tens of milliseconds), so a
   * flood of made-up emails must run into a ceiling rather than into the server's memory and CPU.
   */
  SIGN_IN_ADDRESS_PER_SECOND: z.coerce.number().positive().default(0.2),
  SIGN_IN_ADDRESS_BURST: z.coerce.number().int().positive().default(20),
  SIGN_IN_PER_SECOND: z.coerce.number().positive().default(10),
  SIGN_IN_BURST: z.coerce.number().int().positive().default(30),
  /** Password checks running at once; more wait for nobody but get 503 with Retry-After. */
  SIGN_IN_CONCURRENCY: z.coerce.number().int().positive().default(4),
});

export type WebEnv = z.infer<typeof webEnvSchema>;

let cached: WebEnv | undefined;

export function webEnv(): WebEnv {
  cached ??= parseEnv(webEnvSchema);
  return cached;
}
