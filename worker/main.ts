import { createDb } from "../lib/db/client";
import { createKafka } from "../lib/kafka/client";
import { ensureTopics } from "../lib/kafka/ensure-topics";
import { createEventProducer } from "../lib/kafka/event-producer";
import { topicDefinitions, topicNames } from "../lib/kafka/topics";
import { createLogger } from "../lib/log";
import { workerConfig } from "./config";
import { loadWorkerEnv } from "./env";
import { runEventsConsumer } from "./events-consumer";
import { startHeartbeat } from "./heartbeat";
import { startLagSampler } from "./lag-sampler";

const env = loadWorkerEnv();
const logger = createLogger("worker", env.LOG_LEVEL).child({ workerId: env.WORKER_ID });

async function main() {
  const { db, pool } = createDb({
    url: env.DATABASE_URL,
    maxConnections: workerConfig.dbPoolSize,
    applicationName: "streamops-worker",
    logger,
  });
  const kafka = createKafka({ clientId: env.KAFKA_CLIENT_ID, brokers: env.KAFKA_BROKERS, logger });

  const admin = kafka.admin();
  await admin.connect();
  const created = await ensureTopics(admin, topicDefinitions(env));
  if (created.length > 0) logger.info({ topics: created }, "created topics");

  const producer = createEventProducer({ kafka, timeoutMs: env.KAFKA_PUBLISH_TIMEOUT_MS, logger });
  const consumer = kafka.consumer({
    groupId: env.KAFKA_CONSUMER_GROUP,
    sessionTimeout: workerConfig.sessionTimeoutMs,
    heartbeatInterval: workerConfig.heartbeatIntervalMs,
    maxWaitTimeInMs: workerConfig.maxWaitTimeInMs,
    allowAutoTopicCreation: false,
  });
  // kafkajs restarts the consumer after retriable failures; anything else must not hang silently.
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart) return;
    logger.fatal({ err: payload.error }, "consumer crashed beyond recovery");
    process.exit(1);
  });

  const shutdown = new AbortController();
  await consumer.connect();
  const heartbeat = startHeartbeat(db, env.WORKER_ID, logger);
  const lagSampler = startLagSampler({ db, admin, everyMs: env.LAG_SAMPLE_EVERY_MS, logger });
  await runEventsConsumer({ consumer, db, producer, topics: topicNames(env), logger, signal: shutdown.signal });
  logger.info({ group: env.KAFKA_CONSUMER_GROUP, brokers: env.KAFKA_BROKERS }, "worker started");

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing the batch in flight");
    setTimeout(() => {
      logger.error("shutdown took too long, exiting");
      process.exit(1);
    }, workerConfig.shutdownTimeoutMs).unref();
    // Only waits that are retrying a failure are aborted; a batch making progress completes.
    shutdown.abort(new Error("worker is shutting down"));
    await consumer.disconnect();
    await lagSampler.stop();
    await producer.disconnect();
    await admin.disconnect();
    await heartbeat.stop();
    await pool.end();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "worker failed to start");
  process.exit(1);
});
