import "server-only";
import { createDb } from "../db/client";
import { appDatabaseUrl } from "../env/app-database-url";
import { webEnv } from "../env/web-env";
import { webLogger } from "./logger";
import { singleton } from "./singleton";

/**
 * The web's connections: requests hold one only for their own queries (a creation's store is one
 * short transaction, never a wait on Kafka), so 10 serve thousands of stores a second and keep the
 * web's share of PostgreSQL's max_connections small next to the worker's.
 */
const MAX_CONNECTIONS = 10;

const connection = () =>
  singleton("db", () =>
    createDb({ url: appDatabaseUrl(webEnv()), maxConnections: MAX_CONNECTIONS, applicationName: "streamops-web", logger: webLogger() }),
  );

export const db = () => connection().db;
