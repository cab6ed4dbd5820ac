import "server-only";
import type { Envelope } from "../events/envelope";
import type { PublishContext } from "../topics/headers";
import { eventProducer } from "./kafka";
import { webLogger } from "./logger";
import { webTopicContracts } from "./topics";

/** Publishes to the events topic; at debug level, one line per accepted event with its request id. */
export async function publishAccepted(envelopes: Envelope[], context: PublishContext): Promise<void> {
  const { events } = webTopicContracts();
  await events.publish(eventProducer(), envelopes.map(events.message), context);
  const logger = webLogger();
  if (!logger.isLevelEnabled("debug")) return;
  for (const { eventId, eventType, key } of envelopes) {
    logger.debug({ requestId: context.requestId, eventId, eventType, key }, "event accepted");
  }
}
