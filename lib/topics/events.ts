import { payloadSchema, type Envelope } from "../events/envelope";
import { defineTopic, type TopicSettings } from "./define-topic";
import { envelopeContract, type TopicMessage } from "./envelope-contract";

export type EventMessage = TopicMessage<"events">;

/** The callers' own events: any event type, any JSON object as payload, keyed as the caller chose. */
const anyEvent: Record<string, typeof payloadSchema> = {};
const events = envelopeContract("events", anyEvent, () => payloadSchema);

/** Reads a record of the events topic; every valid envelope is a message. */
export const decodeEvent = events.decode;

export const eventsTopicName = (prefix: string) => `${prefix}events`;

export function eventsTopic(settings: TopicSettings) {
  const name = eventsTopicName(settings.KAFKA_TOPIC_PREFIX);
  return {
    name,
    definitions: [defineTopic(name, settings.KAFKA_EVENTS_PARTITIONS, 7)],
    ...events,
    message: (envelope: Envelope): EventMessage => ({ contract: "events", topic: name, envelope }),
  };
}
