import { createDb } from "../../../lib/db/client";
import { createLogger } from "../../../lib/log";

export const testDb = () =>
  createDb({
    url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test",
    maxConnections: 2,
    applicationName: "streamops-tests",
    logger: createLogger("tests", "silent"),
  });
