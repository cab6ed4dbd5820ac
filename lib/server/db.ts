import "server-only";
import { createDb } from "../db/client";
import { webEnv } from "../env/web-env";
import { singleton } from "./singleton";

const connection = () =>
  singleton("db", () => createDb({ url: webEnv().DATABASE_URL, maxConnections: 10, applicationName: "streamops-web" }));

export const db = () => connection().db;
