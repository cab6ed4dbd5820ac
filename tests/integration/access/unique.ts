import { randomUUID } from "node:crypto";

/** The test database is shared and keeps earlier runs' rows, so each test names its own. */
export const uniqueName = (label: string) => `it-${label}-${randomUUID()}`;

export const uniqueEmail = (label: string) => `${uniqueName(label)}@streamops.test`;
