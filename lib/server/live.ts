import "server-only";
import { createLiveHub } from "../live/live-hub";
import { LIVE_CHANNEL, liveTopics, parseLiveNotice } from "../live/live-notice";
import { listenForever } from "./pg-listener";
import { singleton } from "./singleton";

/** Coalescing window: browsers hear of a busy topic at most four times a second. */
const FLUSH_EVERY_MS = 250;

/**
 * One LISTEN connection per web process. Once it is (re)established every topic is announced as
 * changed, since notices sent while it was down were missed.
 */
export const liveHub = () =>
  singleton("liveHub", () => {
    const hub = createLiveHub(FLUSH_EVERY_MS);
    listenForever(LIVE_CHANNEL, {
      onNotice: (payload) => {
        const notice = parseLiveNotice(payload);
        if (notice) hub.publish(notice);
      },
      onListening: () => liveTopics.forEach((topic) => hub.publish({ topic })),
      onLost: () => undefined,
    });
    return hub;
  });
