import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { services } from "../scripts/services";

export const ROOT = path.resolve(import.meta.dirname, "..");
const LOG_DIR = path.join(ROOT, "bench-results", "logs");

export type Started = { child: ChildProcess; stop: () => Promise<void> };

/** Output goes to a file, as a deployed process's would, so the benchmark pays no pipe reader. */
async function startProcess(
  name: string,
  service: { command: string; args: string[]; env?: Record<string, string> },
  env: Record<string, string>,
  ready: RegExp,
): Promise<Started> {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const out = openSync(logFile, "w");
  const child = spawn(service.command, service.args, { cwd: ROOT, env: { ...process.env, ...service.env, ...env }, stdio: ["ignore", out, out] });
  closeSync(out);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  void exit.then(() => (exited = true));
  while (!ready.test(readFileSync(logFile, "utf8"))) {
    if (exited) throw new Error(`${name} exited before it was ready; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    async stop() {
      child.kill("SIGTERM");
      await exit;
    },
  };
}

export const startWeb = (port: number, env: Record<string, string>) => startProcess("web", services.web(port), env, /web app listening/);

const EMPTY_APP = path.join(ROOT, "bench", "empty-next-app");

/**
 * The framework's ceiling: an empty Next.js app (one route handler, no middleware) built from the
 * project's own `next` and started as `next start` serves. Built with webpack: Turbopack takes the
 * repository as its root and would bundle the product's instrumentation.ts into it.
 */
export function startEmptyNextApp(port: number): Promise<Started> {
  const build = spawnSync(process.execPath, [services.nextBin, "build", "--webpack", EMPTY_APP], { cwd: ROOT, stdio: "ignore" });
  if (build.status !== 0) throw new Error("the empty Next.js app did not build");
  return startProcess("empty-next-app", { command: process.execPath, args: [services.nextBin, "start", EMPTY_APP, "-p", String(port)] }, {}, /Ready in/);
}

/** The worker's readiness line is logged at info, so this level is the floor here. */
export const startWorker = (env: Record<string, string>) =>
  startProcess("worker", services.worker(), { ...env, LOG_LEVEL: "info" }, /"msg":"worker started"/);

/** Peak resident memory of a process so far (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}
