import { z } from "zod";

const brokerList = z
  .string()
  .transform((value) => value.split(",").map((broker) => broker.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, "expected host:port")).min(1));

const positiveInt = z.coerce.number().int().positive();

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
  /** How long a publish may wait for the broker's acknowledgement before the caller gets 503. */
  KAFKA_PUBLISH_TIMEOUT_MS: positiveInt.default(5000),
};
