import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll } from "vitest";
import { services } from "../../../scripts/services";
import { removeIsolated } from "./kafka";
import type { IsolatedEnv } from "./test-env";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export type WorkerProcess = {
  child: ChildProcess;
  logs: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const started = new Set<ChildProcess>();
const environments = new Set<IsolatedEnv>();
// A failed test must not leave its worker consuming in the background, nor its groups and topics on the broker.
afterAll(async () => {
  const exits = [...started].filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((resolve) => child.once("exit", resolve)));
  for (const child of started) child.kill("SIGKILL");
  await Promise.all(exits);
  for (const isolated of environments) await removeIsolated(isolated);
});

/** Runs the real worker entry point, as `npm run worker` does, and waits until it consumes. */
export async function startWorker(isolated: IsolatedEnv, extraEnv: Record<string, string> = {}): Promise<WorkerProcess> {
  const { command, args } = services.worker();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...isolated.env, LOG_LEVEL: "info", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  environments.add(isolated);
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"worker started"')) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(({ code }) => reject(new Error(`worker exited (${code}) before starting:\n${output}`)));
  });
  return { child, logs: () => output, exited };
}
