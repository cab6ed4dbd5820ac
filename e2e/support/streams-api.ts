import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";

/* The wire contract as a client sees it, written out here so a server change cannot quietly change it. */
export type StreamMessage = {
  partition: number;
  offset: string;
  timestamp: string;
  key: string | null;
  value: string | null;
  json: unknown;
  valueBase64?: string;
  headers: Record<string, string>;
};

export type MessagePage = { items: StreamMessage[]; nextCursor: string | null; scanned: number };

export type ProducedAt = { partition: number; offset: string };

/** The run's events topic: the worker consumes it, so tests produce valid envelopes to it. */
export const eventsTopic = () => `${e2eEnv().topicPrefix}events`;

export const messagesPath = (topic = eventsTopic()) => `/api/streams/${encodeURIComponent(topic)}/messages`;

/** A valid envelope, so the worker applies it instead of dead-lettering it. */
export const envelope = (key: string, payload: Record<string, unknown> = {}) => ({
  eventId: randomUUID(),
  eventType: "e2e.stream-messages",
  timestamp: new Date().toISOString(),
  source: "e2e",
  key,
  payload,
  schemaVersion: 1,
});

export async function produceMessage(request: APIRequestContext, body: { key?: string; value: unknown; headers?: Record<string, string> }) {
  const response = await request.post(messagesPath(), { data: body });
  expect(response.status(), await response.text()).toBe(202);
  return (await response.json()) as ProducedAt;
}

export async function browseMessages(request: APIRequestContext, query: Record<string, string | number>) {
  const response = await request.get(messagesPath(), { params: query });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as MessagePage;
}
