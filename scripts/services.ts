import { createRequire } from "node:module";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * Node flags both processes run with, wherever they are started:
 * - a fixed heap ceiling: V8 grows its heap lazily up to a quarter of the machine's memory, and a
 *   ceiling keeps each process's footprint bounded and predictable (each stays under 400 MiB);
 * - no `__proto__` accessor: caller data reaches a prototype through it alone, so without it a
 *   `__proto__` key that slipped past every check is an ordinary property.
 */
export const NODE_FLAGS = ["--max-old-space-size=256", "--disable-proto=delete"];

/**
 * How `npm start`, the tests and the benchmark run the two processes, so all run the same thing.
 * The web app runs behind server.ts, which works out each caller's address from the socket.
 */
export const services = {
  web: (port: number) => ({ command: process.execPath, args: [...NODE_FLAGS, "--import", "tsx", "server.ts"], env: { PORT: String(port) } }),
  worker: () => ({ command: process.execPath, args: [...NODE_FLAGS, "--import", "tsx", "worker/main.ts"], env: {} }),
  nextBin: NEXT_BIN,
};
