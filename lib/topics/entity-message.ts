import type { z } from "zod";
import { SCHEMA_VERSION } from "../events/envelope";
import { stableUuid } from "../jobs/stable-uuid";
import type { PayloadSchemas, TopicMessage } from "./envelope-contract";

/**
 * Builds the messages of a topic about one kind of thing (a workflow, a task): the key is the
 * thing's id, which leads the payload, and the eventId derives from what happened (the thing, the
 * event type and its occurrence), so a message re-sent after a crash carries the first send's id.
 */
export function entityMessage<Contract extends string, S extends PayloadSchemas, Id extends string>(spec: {
  contract: Contract;
  topic: string;
  source: string;
  idField: Id;
}) {
  return <Type extends keyof S & string>(
    eventType: Type,
    id: string,
    payload: Omit<z.infer<S[Type]>, Id>,
    occurrence: string,
  ): TopicMessage<Contract, Type, z.infer<S[Type]>> => ({
    contract: spec.contract,
    topic: spec.topic,
    envelope: {
      eventId: stableUuid(`${id}:${eventType}:${occurrence}`),
      eventType,
      timestamp: new Date().toISOString(),
      source: spec.source,
      key: id,
      payload: { [spec.idField]: id, ...payload } as z.infer<S[Type]>,
      schemaVersion: SCHEMA_VERSION,
    },
  });
}
