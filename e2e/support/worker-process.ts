import { spawn, type ChildProcess } from "node:child_process";
import { e2eEnv } from "../e2e-env";

/**
 * A worker of the test's own, in its own consumer groups, so a test can stop and start it
 * without touching the suite's shared worker.
 */
export async function startOwnWorker(consumerGroup: string): Promise<{ stop: () => Promise<void> }> {
  const env = e2eEnv();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      KAFKA_TOPIC_PREFIX: env.topicPrefix,
      KAFKA_CONSUMER_GROUP: consumerGroup,
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
