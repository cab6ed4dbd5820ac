import { z } from "zod";
import { parseCidr } from "../outbound/address-ranges";
import { parsePortRange } from "../outbound/outbound-policy";

const brokerList = z
  .string()
  .transform((value) => value.split(",").map((broker) => broker.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, "expected host:port")).min(1));

const positiveInt = z.coerce.number().int().positive();

/** A comma-separated list whose every entry `parse` must accept; the message names the first it refuses. */
const listSetting = <T>(parse: (entry: string) => T | null, expected: string) =>
  z.string().transform((value, context) => {
    const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
    const parsed = entries.map(parse);
    const bad = entries.find((_, index) => parsed[index] === null);
    if (bad === undefined) return parsed as T[];
    context.addIssue({ code: "custom", message: `"${bad}" is not ${expected}` });
    return z.NEVER;
  });

/** An optional setting left empty counts as unset: compose files pass `${VAR:-}` through as "". */
export const optionalSetting = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** Variables both the web app and the worker read. Defaults work against the local set-up. */
export const commonEnvShape = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The database owner's URL: set-up migrates with it and grants the application's role (see appDatabaseUrl). */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .default("postgres://postgres@127.0.0.1:5432/streamops"),
  /** The web app and the worker connect with this; unset, as `streamops_app` at DATABASE_URL (see appDatabaseUrl). */
  APP_DATABASE_URL: optionalSetting(z.url({ protocol: /^postgres(ql)?$/ })),
  KAFKA_BROKERS: brokerList.default(["127.0.0.1:9092"]),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, "only letters, digits, '.', '_' and '-'")
    .default("streamops."),
  KAFKA_EVENTS_PARTITIONS: positiveInt.default(6),
  /**
   * Hosts the http step and notification tasks may call (`*.example.com` for subdomains). Empty by
   * default: a workflow must not reach into the network it runs in unless someone allowed it.
   */
  HTTP_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((host) => host.trim()).filter(Boolean)),
  /** Ports those calls may use: web ports only by default, so a URL cannot aim at a database or a mail server. */
  HTTP_ALLOWED_PORTS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    listSetting(parsePortRange, "a port or a range such as 8000-8999").default([
      { from: 80, to: 80 },
      { from: 443, to: 443 },
    ]),
  ),
  /**
   * Loopback, private, link-local (cloud metadata) and other special-purpose addresses are refused
   * even for allowed hosts; these CIDR ranges are let through. Empty by default: only public addresses.
   */
  HTTP_ALLOWED_PRIVATE_RANGES: listSetting(parseCidr, "an IP address or CIDR range such as 10.1.0.0/16").default([]),
  /** Domains email tasks may send to (`*.example.com` for subdomains), checked at creation and before sending. Empty: any. */
  EMAIL_ALLOWED_DOMAINS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((domain) => domain.trim()).filter(Boolean)),
  /** How long a publish may wait for the broker's acknowledgement before the caller gets 503. */
  KAFKA_PUBLISH_TIMEOUT_MS: positiveInt.default(5000),
  /** An export stops after this many events or bytes and says `truncated`: beyond that, a filter serves better. */
  EXPORT_MAX_ROWS: positiveInt.default(100_000),
  EXPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 ** 3).default(64 * 1024 * 1024),
  /**
   * Events read per query and the size at which the file written so far is stored as a chunk (or
   * sent): what an export holds in memory at once is about one page plus one chunk.
   */
  EXPORT_PAGE_ROWS: z.coerce.number().int().min(1).max(1000).default(200),
  EXPORT_CHUNK_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
};
