import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export type ScriptRun = { code: number; stdout: string; stderr: string };

/** Runs `scripts/<script>` as `npm run` would (tsx), against the given database; never throws. */
export function runScript(script: string, args: string[], databaseUrl: string): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join("scripts", script), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}
