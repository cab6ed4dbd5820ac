import "server-only";
import { webEnv } from "../env/web-env";
import { db } from "./db";
import { eventProducer } from "./kafka";

export const replayDeps = () => ({
  db: db(),
  producer: eventProducer(),
  maxReplays: webEnv().DLQ_MAX_REPLAYS,
  perSecond: webEnv().DLQ_REPLAY_PER_SECOND,
});
