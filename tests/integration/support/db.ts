import { createDb } from "../../../lib/db/client";
import { createLogger } from "../../../lib/log";

export const testDb = (maxConnections = 2) =>
  createDb({
    url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test",
    maxConnections,
    applicationName: "streamops-tests",
    logger: createLogger("tests", "silent"),
  });
