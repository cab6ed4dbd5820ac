import "server-only";
import { createDb } from "../db/client";
import { appDatabaseUrl } from "../env/app-database-url";
import { webEnv } from "../env/web-env";
import { webLogger } from "./logger";
import { singleton } from "./singleton";

const connection = () =>
  singleton("db", () =>
    createDb({ url: appDatabaseUrl(webEnv()), maxConnections: 10, applicationName: "streamops-web", logger: webLogger() }),
  );

export const db = () => connection().db;
