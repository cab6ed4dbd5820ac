import { createDb } from "../lib/db/client";
import { appDatabaseUrl } from "../lib/env/app-database-url";
import { createKafka } from "../lib/kafka/client";
import { ensureTopics } from "../lib/kafka/ensure-topics";
import { createEventProducer } from "../lib/kafka/event-producer";
import { topicContracts, topicDefinitions } from "../lib/topics";
import { createLogger } from "../lib/log";
import { PROTO_ACCESSOR_WARNING, protoAccessorDisabled } from "../lib/security/proto-accessor";
import { workerConfig } from "./config";
import { createConsumer } from "./create-consumer";
import { loadWorkerEnv } from "./env";
import { runEventsConsumer } from "./events-consumer";
import { startHeartbeat } from "./heartbeat";
import { startJobConsumers } from "./job-consumers";
import { createJobServices } from "./jobs/job-services";
import { startLagSampler } from "./lag-sampler";
import { startScheduler } from "./scheduler";

const env = loadWorkerEnv();
const logger = createLogger("worker", env.LOG_LEVEL).child({ workerId: env.WORKER_ID });

async function main() {
  const { db, pool } = createDb({
    url: appDatabaseUrl(env),
    maxConnections: workerConfig.dbPoolSize,
    applicationName: "streamops-worker",
    logger,
  });
  const kafka = createKafka({ clientId: env.KAFKA_CLIENT_ID, brokers: env.KAFKA_BROKERS, logger });
  const topics = topicContracts(env);

  const admin = kafka.admin();
  await admin.connect();
  const created = await ensureTopics(admin, topicDefinitions(env));
  await admin.disconnect();
  if (created.length > 0) logger.info({ topics: created }, "created topics");

  const producer = createEventProducer({ kafka, timeoutMs: env.KAFKA_PUBLISH_TIMEOUT_MS, logger });
  const publish = (topic: string, messages: Parameters<typeof producer.publish>[1]) => producer.publish(topic, messages);
  const shutdown = new AbortController();
  const base = { db, deadLetters: topics.deadLetters, publish, logger, signal: shutdown.signal };

  const eventsConsumer = createConsumer(kafka, env.KAFKA_CONSUMER_GROUP, { sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS, logger });
  await eventsConsumer.connect();
  const heartbeat = startHeartbeat(db, env.WORKER_ID, logger);
  const lagSampler = startLagSampler({ db, kafka, everyMs: env.LAG_SAMPLE_EVERY_MS, logger });
  const scheduler = startScheduler({ db, topics: [topics.tasks.name, ...Object.values(topics.workflowSteps.names)], publish, logger });
  await runEventsConsumer(eventsConsumer, base, topics.events.name);
  const jobConsumers = await startJobConsumers(kafka, { baseGroup: env.KAFKA_CONSUMER_GROUP, sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS }, {
    ...base,
    topics,
    workerId: env.WORKER_ID,
    ...createJobServices(env, db, producer, topics.events),
  });
  if (!protoAccessorDisabled()) logger.warn(PROTO_ACCESSOR_WARNING);
  logger.info({ group: env.KAFKA_CONSUMER_GROUP, brokers: env.KAFKA_BROKERS, protoAccessorDisabled: protoAccessorDisabled() }, "worker started");

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing the batches in flight");
    setTimeout(() => {
      logger.error("shutdown took too long, exiting");
      process.exit(1);
    }, workerConfig.shutdownTimeoutMs).unref();
    // Only waits that are retrying a failure are aborted; a batch making progress completes.
    shutdown.abort(new Error("worker is shutting down"));
    await Promise.all([eventsConsumer.disconnect(), ...jobConsumers.map((stopConsumer) => stopConsumer())]);
    await scheduler.stop();
    await lagSampler.stop();
    await producer.disconnect();
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
