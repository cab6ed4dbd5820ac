import path from "node:path";
import { appDatabaseUrl } from "../lib/env/app-database-url";

/** Where the e2e run's servers listen and which database and topics they use (set by scripts/test.sh). */
export function e2eEnv() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const brokerlessPort = port + 1;
  const openPort = port + 2;
  return {
    port,
    brokerlessPort,
    openPort,
    baseUrl: `http://127.0.0.1:${port}`,
    brokerlessBaseUrl: `http://127.0.0.1:${brokerlessPort}`,
    /** The web app with INGEST_AUTH=off and small rate limits. */
    openBaseUrl: `http://127.0.0.1:${openPort}`,
    databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test",
    /** How the servers connect: the application's role, which may only add to the audit log. */
    appDatabaseUrl: appDatabaseUrl({
      DATABASE_URL: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test",
      APP_DATABASE_URL: process.env.APP_DATABASE_URL || undefined,
    }),
    topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? "e2e.",
    /** Sessions and keys global set-up made for this run (git-ignored). */
    authDir: path.join(import.meta.dirname, ".auth"),
  };
}
