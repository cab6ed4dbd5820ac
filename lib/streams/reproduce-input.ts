import type { StreamMessage } from "./message-view";
import type { ProduceMessageInput } from "./schemas";

/** What sends a shown message again, same key, value and headers; null when its value is not text. */
export function reproduceInput(message: Pick<StreamMessage, "key" | "value" | "valueBase64" | "headers">): ProduceMessageInput | null {
  if (message.valueBase64 !== undefined) return null;
  return { ...(message.key === null ? {} : { key: message.key }), value: message.value, headers: message.headers };
}
