import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

export type Started = { child: ChildProcess; stop: () => Promise<void> };

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-10_000);
      if (ready.test(output)) resolve({ child, stop });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(() => reject(new Error(`process exited before it was ready:\n${output}`)));
  });
}

export const startWeb = (port: number, env: Record<string, string>) =>
  startProcess([NEXT_BIN, "start", "--port", String(port)], env, /Ready in/);

export const startWorker = (env: Record<string, string>) =>
  startProcess(["--import", "tsx", "worker/main.ts"], { LOG_LEVEL: "info", ...env }, /"msg":"worker started"/);

/** Peak resident memory of a process so far (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}
