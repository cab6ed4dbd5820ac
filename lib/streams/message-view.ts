import { decodeValue } from "../kafka/decode-value";
import { headersAsText } from "../kafka/headers-as-text";
import type { ReadRecord } from "../kafka/window-reader";

/** A Kafka record as the API shows it: text where it is text, parsed where it is JSON. */
export function streamMessageView({ partition, timestamp, message }: ReadRecord) {
  return {
    partition,
    offset: message.offset,
    timestamp: new Date(timestamp).toISOString(),
    key: message.key?.toString("utf8") ?? null,
    ...decodeValue(message.value),
    headers: headersAsText(message.headers),
  };
}

export type StreamMessage = ReturnType<typeof streamMessageView>;
