export { browseMessages, type MessagePage } from "./browse-messages";
export { getTopic } from "./get-topic";
export type { StreamMessage } from "./message-view";
export { produceMessage } from "./produce-message";
export { messageFilterSchema, messageQuerySchema, produceMessageSchema, type MessageFilter, type ProduceMessageInput } from "./schemas";
export type { StreamDeps } from "./stream-deps";
