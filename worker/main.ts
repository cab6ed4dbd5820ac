import { createDb } from "../lib/db/client";
import { appDatabaseUrl } from "../lib/env/app-database-url";
import { createKafka } from "../lib/kafka/client";
import { ensureTopics } from "../lib/kafka/ensure-topics";
import { createEventProducer } from "../lib/kafka/event-producer";
import { createLogger } from "../lib/log";
import { PROTO_ACCESSOR_WARNING, protoAccessorDisabled } from "../lib/security/proto-accessor";
import { topicContracts, topicDefinitions } from "../lib/topics";
import { startHeartbeat } from "./background/heartbeat";
import { startLagSampler } from "./background/lag-sampler";
import { startScheduler } from "./background/scheduler";
import { workerConfig } from "./config";
import { startProcessor } from "./consume/start-processor";
import { loadWorkerEnv } from "./env";
import { processors } from "./processors";
import { createJobServices } from "./services/job-services";

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

  const heartbeat = startHeartbeat(db, env.WORKER_ID, logger);
  const lagSampler = startLagSampler({ db, kafka, everyMs: env.LAG_SAMPLE_EVERY_MS, logger });
  const scheduler = startScheduler({ db, topics: [topics.tasks.name, ...Object.values(topics.workflowSteps.names)], publish, logger });
  const deps = { db, topics, publish, logger, signal: shutdown.signal, workerId: env.WORKER_ID, ...createJobServices(env, db, producer, topics.events) };
  const registered = processors(topics, env.KAFKA_CONSUMER_GROUP);
  const unknown = [...(env.WORKER_PROCESSORS ?? [])].filter((name) => !registered.some((processor) => processor.name === name));
  if (unknown.length > 0) throw new Error(`WORKER_PROCESSORS names no processor ${unknown.join(", ")}; known: ${registered.map((processor) => processor.name).join(", ")}`);
  const stops = await Promise.all(
    registered
      .filter((processor) => env.WORKER_PROCESSORS?.has(processor.name) ?? true)
      .map((processor) => startProcessor(kafka, processor, deps, { sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS })),
  );
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
    // Work in flight (an HTTP step, say) may finish while the consumers drain; waits that retry a
    // failure (an outage) are aborted once the drain's time is up, so they cannot hold the stop.
    setTimeout(() => shutdown.abort(new Error("worker is shutting down")), workerConfig.drainTimeoutMs).unref();
    await Promise.all(stops.map((stopProcessor) => stopProcessor()));
    shutdown.abort(new Error("worker is shutting down"));
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
