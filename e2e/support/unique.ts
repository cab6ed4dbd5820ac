import { randomUUID } from "node:crypto";

/**
 * Tests run in parallel against one database that keeps rows from earlier runs, so each test
 * filters on keys and event types that nothing else can ever have produced.
 */
export const uniqueKey = (label: string) => `e2e-${label}-${randomUUID()}`;

export const uniqueEventType = (label: string) => `e2e.${label}.${randomUUID()}`;
