import { pathToFileURL } from "node:url";
import { z } from "zod";
import { appDatabaseUrl } from "../lib/env/app-database-url";
import { commonEnvShape, optionalSetting } from "../lib/env/common";
import { parseEnv } from "../lib/env/parse-env";
import { createKafka } from "../lib/kafka/client";
import { ensureTopics } from "../lib/kafka/ensure-topics";
import { topicDefinitions } from "../lib/topics";
import { createLogger } from "../lib/log";
import { systemActor } from "../lib/auth/system-actor";
import { ensureUser } from "../lib/users";
import { ensureAppRole } from "./app-role";
import { passwordSchema } from "../lib/users/schemas";
import { ensureDatabase, migrateDatabase } from "./database";
import { withDb } from "./with-db";

const prepareEnvSchema = z
  .object({
    ...commonEnvShape,
    /** Together: this admin is created, or restored with this password, at every start. */
    ADMIN_EMAIL: optionalSetting(z.string()),
    ADMIN_PASSWORD: optionalSetting(passwordSchema),
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    error: "set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither",
    path: ["ADMIN_PASSWORD"],
  });

/**
 * Everything the product needs before it serves: the database, its schema (migrated as the owner),
 * the application's role and its grants, the first admin and the topics.
 */
export async function prepare(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(prepareEnvSchema, source);
  const logger = createLogger("prepare", env.LOG_LEVEL);
  if (await ensureDatabase(env.DATABASE_URL)) logger.info("created database");
  await migrateDatabase(env.DATABASE_URL);
  logger.info("database schema is up to date");
  const appRole = await ensureAppRole(env.DATABASE_URL, appDatabaseUrl(env));
  if (appRole.granted) logger.info({ role: appRole.role }, "the application's database role may only add to the audit log");
  else logger.warn({ role: appRole.role }, "the application connects as the database owner: only a trigger keeps the audit log append-only");
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    const admin = { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: "admin" as const };
    await withDb((db) => ensureUser(db, admin, systemActor("ADMIN_EMAIL")), env.DATABASE_URL);
    logger.info({ email: admin.email }, "admin from ADMIN_EMAIL is in place");
  }

  const admin = createKafka({ clientId: "streamops-prepare", brokers: env.KAFKA_BROKERS, logger }).admin();
  await admin.connect();
  try {
    const created = await ensureTopics(admin, topicDefinitions(env));
    logger.info({ created }, "topics are in place");
  } finally {
    await admin.disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  prepare().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
