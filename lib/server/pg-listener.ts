import "server-only";
import pg from "pg";
import { appDatabaseUrl } from "../env/app-database-url";
import { webEnv } from "../env/web-env";
import { webLogger } from "./logger";

const RECONNECT_MAX_MS = 10_000;

export type ListenerEvents = {
  onNotice: (payload: string | undefined) => void;
  /** LISTEN is in place; notices sent while it was not were missed. */
  onListening: () => void;
  onLost: () => void;
};

/** One connection that LISTENs on `channel` for the life of the process, reconnecting with backoff. */
export function listenForever(channel: string, events: ListenerEvents): void {
  const logger = webLogger();
  let delayMs = 500;
  const connect = async () => {
    const client = new pg.Client({ connectionString: appDatabaseUrl(webEnv()), application_name: `streamops-web-${channel}` });
    let lost = false;
    const reconnect = (error?: unknown) => {
      if (lost) return;
      lost = true;
      events.onLost();
      logger.warn({ err: error, channel, retryInMs: delayMs }, "LISTEN connection lost");
      client.end().catch(() => undefined);
      setTimeout(connect, delayMs).unref();
      delayMs = Math.min(delayMs * 2, RECONNECT_MAX_MS);
    };
    client.on("error", reconnect);
    client.on("end", () => reconnect());
    client.on("notification", (message) => events.onNotice(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      delayMs = 500;
      events.onListening();
    } catch (error) {
      reconnect(error);
    }
  };
  void connect();
}
