import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { z } from "zod";
import { commonEnvShape } from "../lib/env/common";
import { parseEnv } from "../lib/env/parse-env";
import { needsBuild } from "./needs-build";
import { provisionLocalAccess } from "./local-access";
import { prepare } from "./prepare";
import { services } from "./services";
import { Supervisor } from "./supervisor";
import { withDb } from "./with-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const KAFKA_SCRIPT = path.join(ROOT, "scripts/kafka/kafka.sh");

const env = parseEnv(z.object({ ...commonEnvShape, PORT: z.coerce.number().int().positive().default(3000) }));

function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

function runStep(what: string, command: string, args: string[]) {
  console.error(`[start] ${what}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

const supervisor = new Supervisor(ROOT, (reason) => void shutdown(1, reason));
let stopping = false;

async function shutdown(code: number, reason: string) {
  if (stopping) return;
  stopping = true;
  console.error(`[start] shutting down: ${reason}`);
  await supervisor.stopAll();
  process.exit(code);
}

/** First start only: print the local admin and API key that were just made, once. */
async function announceLocalAccess() {
  const access = await withDb(provisionLocalAccess, env.DATABASE_URL);
  if (!access) return;
  console.error(
    [
      "",
      "[start] ───────────── first start: local access (shown once, not stored in clear) ─────────────",
      `[start] sign in at http://localhost:${env.PORT}/login as ${access.email} / ${access.password}`,
      `[start] API key with every scope: ${access.apiKey}`,
      `[start]   curl -H "Authorization: Bearer ${access.apiKey}" -H "Content-Type: application/json" \\`,
      `[start]     -d '{"eventType":"demo.created","payload":{}}' http://localhost:${env.PORT}/api/events`,
      "[start] ──────────────────────────────────────────────────────────────────────────────────────",
      "",
    ].join("\n"),
  );
}

/** `npm start`: Kafka if needed, database and topics, a build if needed, then web app and worker. */
async function main() {
  process.on("SIGINT", () => void shutdown(0, "interrupted"));
  process.on("SIGTERM", () => void shutdown(0, "terminated"));

  if (process.env.KAFKA_BROKERS === undefined && !(await isListening("127.0.0.1", 9092))) {
    supervisor.start({ name: "kafka", command: "bash", args: [KAFKA_SCRIPT, "run"], restart: false });
    runStep("waiting for the local Kafka broker", "bash", [KAFKA_SCRIPT, "wait", "180"]);
  }
  await prepare();
  await announceLocalAccess();
  if (needsBuild(ROOT)) runStep("building the web app", process.execPath, [services.nextBin, "build"]);

  supervisor.start({ name: "web", ...services.web(env.PORT), restart: false });
  supervisor.start({ name: "worker", ...services.worker(), restart: true });
  console.error(`[start] StreamOps is starting at http://localhost:${env.PORT} — Ctrl-C stops everything`);
}

main().catch((error: unknown) => void shutdown(1, error instanceof Error ? error.message : String(error)));
