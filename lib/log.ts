import pino from "pino";

/**
 * One JSON line per log record; `component` tells the web app and the worker apart. Writes are
 * asynchronous, so lines logged while a write is in flight go out together in the next one
 * instead of costing a syscall each; pino flushes what is left when the process exits.
 */
export function createLogger(component: string, level = process.env.LOG_LEVEL ?? "info") {
  return pino(
    {
      level,
      base: { component },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}

export type Logger = pino.Logger;
