import { spawn, type ChildProcess } from "node:child_process";
import kafkajs from "kafkajs";
import { services } from "../../scripts/services";
import { e2eEnv } from "../e2e-env";

const { Kafka, logLevel } = kafkajs;

/**
 * A worker of the test's own, in its own consumer groups, so a test can stop and start it
 * without touching the suite's shared worker.
 */
export async function startOwnWorker(consumerGroup: string, processors = "events"): Promise<{ stop: () => Promise<void> }> {
  const env = e2eEnv();
  const { command, args } = services.worker();
  const child: ChildProcess = spawn(command, args, {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      APP_DATABASE_URL: env.appDatabaseUrl,
      KAFKA_TOPIC_PREFIX: env.topicPrefix,
      KAFKA_CONSUMER_GROUP: consumerGroup,
      // A new group reads its topics from the start: only what the spec watches, not the whole run's jobs again.
      WORKER_PROCESSORS: processors,
      KAFKA_SESSION_TIMEOUT_MS: "6000",
      LAG_SAMPLE_EVERY_MS: "1000",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"worker started"')) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(() => reject(new Error(`worker exited before starting:\n${output}`)));
  });
  return {
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Deletes a stopped test worker's consumer groups, so the pages that list every group stay quick. */
export async function removeGroups(prefix: string) {
  const admin = new Kafka({ clientId: "e2e-cleanup", brokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(","), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ours = groups.map((group) => group.groupId).filter((groupId) => groupId.startsWith(prefix));
    if (ours.length > 0) await admin.deleteGroups(ours);
  } finally {
    await admin.disconnect();
  }
}
