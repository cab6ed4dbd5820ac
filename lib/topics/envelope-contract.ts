import type { KafkaMessage, Message } from "kafkajs";
import type { z } from "zod";
import type { Envelope } from "../events/envelope";
import type { ScheduledRecord } from "../jobs/scheduled-record";
import type { EventProducer } from "../kafka/event-producer";
import { decodeEnvelope, decodePayload, type DecodeFailure } from "./decode-envelope";
import { envelopeHeaders, type PublishContext } from "./headers";

/** Whatever sends raw records: the web app's producer, or the worker's batch dependencies. */
export type Publisher = Pick<EventProducer, "publish">;

/** Each event type a topic carries, with the schema of its payload. */
export type PayloadSchemas = Record<string, z.ZodType<Record<string, unknown>>>;

/**
 * An envelope bound for one topic. `contract` names the contract that built it, and each contract's
 * `publish` takes only its own messages, so a message sent to another topic is a type error.
 */
export type TopicMessage<Contract extends string, Type extends string = string, Payload = Record<string, unknown>> = {
  readonly contract: Contract;
  readonly topic: string;
  readonly envelope: Envelope & { readonly eventType: Type; readonly payload: Payload };
};

/** The messages of a contract, one member per event type, so `eventType` narrows `payload`. */
export type MessageOf<Contract extends string, S extends PayloadSchemas, Type extends keyof S & string = keyof S & string> = {
  [T in Type]: TopicMessage<Contract, T, z.infer<S[T]>>;
}[Type];

/** A record of a type its consumer handles, its payload checked; `eventType` narrows `payload`. */
export type Received<S extends PayloadSchemas, Type extends keyof S & string = keyof S & string> = {
  [T in Type]: { kind: "message"; eventType: T; payload: z.infer<S[T]>; envelope: Envelope };
}[Type];

/** A record as its consumer reads it: one of the types it handles, another type, or refused. */
export type Decoded<S extends PayloadSchemas, Type extends keyof S & string> =
  | Received<S, Type>
  | { kind: "other"; envelope: Envelope }
  | ({ kind: "rejected" } & DecodeFailure);

export function encodeMessage(message: TopicMessage<string>, context: PublishContext): Message {
  const { envelope } = message;
  return { key: envelope.key, value: JSON.stringify(envelope), headers: envelopeHeaders(envelope, context) };
}

/**
 * Publish, schedule and decode for a topic whose records are envelopes. `payloadOf` finds a type's
 * schema; by default the types are exactly those `payloads` lists.
 */
export function envelopeContract<Contract extends string, S extends PayloadSchemas>(
  contract: Contract,
  payloads: S,
  payloadOf = (type: string): z.ZodType | undefined => (Object.hasOwn(payloads, type) ? payloads[type] : undefined),
) {
  type ContractMessage = MessageOf<Contract, S>;
  return {
    contract,
    /** Resolves once Kafka acknowledged every message (acks=all); throws UnavailableError otherwise. */
    async publish(publisher: Publisher, messages: readonly ContractMessage[], context: PublishContext): Promise<void> {
      // One contract may span topics (the priority lanes): one publish per topic.
      const byTopic = new Map<string, Message[]>();
      for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), encodeMessage(message, context)]);
      await Promise.all([...byTopic].map(([topic, records]) => publisher.publish(topic, records)));
    },
    /** The message as a record for the scheduler to publish at `dueAt`; `extraHeaders` carry e.g. a replay's identity. */
    scheduled(message: ContractMessage, context: PublishContext, dueAt: Date, extraHeaders: Record<string, string> = {}): ScheduledRecord {
      const record = encodeMessage(message, context);
      return { topic: message.topic, key: message.envelope.key, value: record.value as string, headers: { ...(record.headers as Record<string, string>), ...extraHeaders }, dueAt };
    },
    /**
     * Reads a record as one of the `handled` types (all by default) with its payload checked.
     * Types the consumer does not handle (lifecycle events meant for observers) come back as
     * `other`, unchecked; a record that is no envelope, or whose payload breaks its type's
     * schema, is `rejected` with the reason.
     */
    decode<Type extends keyof S & string = keyof S & string>(record: Pick<KafkaMessage, "value">, handled?: readonly Type[]): Decoded<S, Type> {
      const decoded = decodeEnvelope(record);
      if (!decoded.ok) return { kind: "rejected", errorClass: decoded.errorClass, errorMessage: decoded.errorMessage };
      const { envelope } = decoded;
      const type = envelope.eventType;
      const schema = handled === undefined || (handled as readonly string[]).includes(type) ? payloadOf(type) : undefined;
      if (!schema) return { kind: "other", envelope };
      const payload = decodePayload(schema, envelope.payload);
      if (!payload.ok) return { kind: "rejected", errorClass: payload.errorClass, errorMessage: payload.errorMessage };
      return { kind: "message", eventType: type, payload: payload.payload, envelope } as Decoded<S, Type>;
    },
  };
}

/** What a consumer needs of a contract: its decode. */
export type Decoder<S extends PayloadSchemas> = {
  decode<Type extends keyof S & string>(record: Pick<KafkaMessage, "value">, handled?: readonly Type[]): Decoded<S, Type>;
};
