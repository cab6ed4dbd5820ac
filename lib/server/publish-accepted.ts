import "server-only";
import type { Envelope } from "../events/envelope";
import type { PublishContext } from "../events/headers";
import { publishEvents } from "../events/publish-events";
import { eventProducer } from "./kafka";
import { webLogger } from "./logger";
import { topics } from "./topics";

/** Publishes to the events topic; at debug level, one line per accepted event with its request id. */
export async function publishAccepted(envelopes: Envelope[], context: PublishContext): Promise<void> {
  await publishEvents(eventProducer(), topics().events, envelopes, context);
  const logger = webLogger();
  if (!logger.isLevelEnabled("debug")) return;
  for (const { eventId, eventType, key } of envelopes) {
    logger.debug({ requestId: context.requestId, eventId, eventType, key }, "event accepted");
  }
}
