import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expectApiError } from "../support/api-error";
import { brokerlessContext } from "../support/fixtures";
import { acceptEvent } from "../support/events-api";
import { uniqueKey } from "../support/unique";

type Topic = { topic: string; partitions: { partition: number; low: string; high: string }[]; messages: number; endOffsetSum: number };

async function eventsTopic(request: APIRequestContext): Promise<Topic> {
  const response = await request.get("/api/streams");
  expect(response.status()).toBe(200);
  const { items, nextCursor } = (await response.json()) as { items: Topic[]; nextCursor: null };
  expect(nextCursor).toBeNull();
  const topic = items.find((item) => item.topic === `${e2eEnv().topicPrefix}events`);
  expect(topic, "the run's events topic").toBeDefined();
  return topic!;
}

test("lists StreamOps' topics with their partitions, and end offsets grow as events arrive", async ({ request }) => {
  const before = await eventsTopic(request);
  expect(before.partitions.map((partition) => partition.partition)).toEqual([0, 1, 2, 3, 4, 5]);

  await acceptEvent(request, { eventType: "e2e.streams", key: uniqueKey("streams") });

  const after = await eventsTopic(request);
  expect(after.endOffsetSum).toBeGreaterThan(before.endOffsetSum);
  expect(after.messages).toBe(after.partitions.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0));
});

test("answers 503 for streams when Kafka cannot be reached", async ({ playwright }) => {
  const brokerless = await brokerlessContext(playwright);
  await expectApiError(await brokerless.get("/api/streams"), 503, "unavailable");
  await brokerless.dispose();
});
