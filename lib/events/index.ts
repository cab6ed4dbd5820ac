export { acceptedEventView } from "./accepted-view";
export { buildEnvelope } from "./build-envelope";
export { envelopeSchema, type Envelope } from "./envelope";
export { getEvent } from "./get-event";
export { listEvents } from "./list-events";
export { exportEventsCsv } from "./export-events";
export { exportLimitsFrom } from "./export-file";
export { eventBatchInputSchema, eventFilterSchema, eventInputSchema, eventListQuerySchema, type EventFilter } from "./schemas";
