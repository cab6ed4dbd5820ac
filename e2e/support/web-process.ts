import { spawn } from "node:child_process";
import { services } from "../../scripts/services";
import { e2eEnv } from "../e2e-env";

export type OwnWebApp = { baseUrl: string; output: () => string; stop: () => Promise<void> };

/**
 * A web app of the test's own, started as `npm start` starts one, on the suite's database and
 * topics, for a test whose load or settings must not reach the specs running beside it.
 */
export function startOwnWebApp(port: number, settings: Record<string, string> = {}): Promise<OwnWebApp> {
  const env = e2eEnv();
  return startWebApp(port, {
    DATABASE_URL: env.databaseUrl,
    KAFKA_TOPIC_PREFIX: env.topicPrefix,
    KAFKA_CONSUMER_GROUP: `${env.topicPrefix}worker`,
    RATE_LIMIT_USER_PER_SECOND: "1000",
    RATE_LIMIT_USER_BURST: "5000",
    ...settings,
  });
}

/** The built web app as `npm start` runs it, with these settings, once it answers. */
export async function startWebApp(port: number, settings: Record<string, string>): Promise<OwnWebApp> {
  const web = services.web(port);
  const child = spawn(web.command, web.args, {
    env: { ...process.env, ...web.env, LOG_LEVEL: "warn", ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${baseUrl}/api/ping`).then((response) => response.ok, () => false);
    if (ready) return { baseUrl, output: () => output, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`web app on port ${port} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
