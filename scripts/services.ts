import { createRequire } from "node:module";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * V8 grows its heap lazily up to a quarter of the machine's memory; a fixed ceiling keeps each
 * process's footprint bounded and predictable (the web app and the worker each stay under 400 MiB).
 */
const HEAP_LIMIT = "--max-old-space-size=256";

/**
 * How `npm start` (and the benchmark, to measure the same thing) runs the two processes. The web
 * app runs behind server.ts, which works out each caller's address from the socket.
 */
export const services = {
  web: (port: number) => ({ command: process.execPath, args: [HEAP_LIMIT, "--import", "tsx", "server.ts"], env: { PORT: String(port) } }),
  worker: () => ({ command: process.execPath, args: [HEAP_LIMIT, "--import", "tsx", "worker/main.ts"] }),
  nextBin: NEXT_BIN,
};
