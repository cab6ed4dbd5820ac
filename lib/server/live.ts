import "server-only";
import pg from "pg";
import { webEnv } from "../env/web-env";
import { createLiveHub, type LiveHub } from "../live/live-hub";
import { LIVE_CHANNEL, liveTopics, parseLiveNotice } from "../live/live-notice";
import { webLogger } from "./logger";
import { singleton } from "./singleton";

/** Coalescing window: browsers hear of a busy topic at most four times a second. */
const FLUSH_EVERY_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/**
 * One LISTEN connection per web process. When it is lost it reconnects with backoff and then
 * announces every topic as changed, since notices sent meanwhile were missed.
 */
function listen(hub: LiveHub) {
  const logger = webLogger();
  let delayMs = 500;
  const connect = async () => {
    const client = new pg.Client({ connectionString: webEnv().DATABASE_URL, application_name: "streamops-web-live" });
    let lost = false;
    const reconnect = (error?: unknown) => {
      if (lost) return;
      lost = true;
      logger.warn({ err: error, retryInMs: delayMs }, "live updates: LISTEN connection lost");
      client.end().catch(() => undefined);
      setTimeout(connect, delayMs).unref();
      delayMs = Math.min(delayMs * 2, RECONNECT_MAX_MS);
    };
    client.on("error", reconnect);
    client.on("end", () => reconnect());
    client.on("notification", (message) => {
      const notice = parseLiveNotice(message.payload);
      if (notice) hub.publish(notice);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      delayMs = 500;
      for (const topic of liveTopics) hub.publish({ topic });
    } catch (error) {
      reconnect(error);
    }
  };
  void connect();
}

export const liveHub = () =>
  singleton("liveHub", () => {
    const hub = createLiveHub(FLUSH_EVERY_MS);
    listen(hub);
    return hub;
  });
