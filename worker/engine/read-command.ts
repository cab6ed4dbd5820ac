import type { KafkaMessage } from "kafkajs";
import type { Decoder, PayloadSchemas, Received } from "../../lib/topics/envelope-contract";
import type { WorkerDeps, Origin, Retry } from "../worker-deps";
import { deadLetterRejections } from "./dead-letter";

/**
 * Decodes a record with its topic's contract into one of the commands this consumer handles.
 * Records of other event types (lifecycle events meant for observers) are skipped; a record that
 * cannot be decoded goes to the dead-letter queue, since nothing could ever process it. Both answer undefined.
 */
export async function readCommand<S extends PayloadSchemas, Type extends keyof S & string>(
  deps: WorkerDeps,
  origin: Origin,
  message: KafkaMessage,
  contract: Decoder<S>,
  handled: readonly Type[],
  retry: Retry,
): Promise<Received<S, Type> | undefined> {
  const decoded = contract.decode(message, handled);
  if (decoded.kind === "other") return undefined;
  if (decoded.kind === "rejected") {
    await deadLetterRejections(deps, origin, [{ message, errorClass: decoded.errorClass, errorMessage: decoded.errorMessage }], retry);
    return undefined;
  }
  return decoded;
}
