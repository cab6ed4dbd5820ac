import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const KAFKA_SCRIPT = path.resolve(import.meta.dirname, "../../../scripts/kafka/kafka.sh");
const run = promisify(execFile);

/** A second broker of the test's own (own ports, own data), so a test may stop it at will. */
export function privateBroker(port: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "streamops-broker-"));
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(port + 1), KAFKA_DATA_DIR: dataDir };
  const kafka = (command: "start" | "stop") => run("bash", [KAFKA_SCRIPT, command], { env, timeout: 120_000 });
  return {
    address: `127.0.0.1:${port}`,
    start: () => kafka("start"),
    stop: () => kafka("stop"),
    async remove() {
      await kafka("stop");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
