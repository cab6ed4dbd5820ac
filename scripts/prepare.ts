import { pathToFileURL } from "node:url";
import { z } from "zod";
import { commonEnvShape } from "../lib/env/common";
import { parseEnv } from "../lib/env/parse-env";
import { createKafka } from "../lib/kafka/client";
import { ensureTopics } from "../lib/kafka/ensure-topics";
import { topicDefinitions } from "../lib/kafka/topics";
import { createLogger } from "../lib/log";
import { ensureDatabase, migrateDatabase } from "./database";

/** Everything the product needs before it serves: the database, its schema and the topics. */
export async function prepare(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(z.object(commonEnvShape), source);
  const logger = createLogger("prepare", env.LOG_LEVEL);
  if (await ensureDatabase(env.DATABASE_URL)) logger.info("created database");
  await migrateDatabase(env.DATABASE_URL);
  logger.info("database schema is up to date");

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
