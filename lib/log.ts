import pino from "pino";

/** One JSON line per log record; `component` tells the web app and the worker apart. */
export function createLogger(component: string, level = process.env.LOG_LEVEL ?? "info") {
  return pino({
    level,
    base: { component },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

export type Logger = pino.Logger;
