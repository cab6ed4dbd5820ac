import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expectApiError } from "../support/api-error";
import { brokerlessContext } from "../support/fixtures";
import { PROCESSING_TIMEOUT_MS } from "../support/processing";

type ConsumerGroup = {
  groupId: string;
  state: string;
  members: unknown[];
  totalLag: number;
  partitions: { topic: string; partition: number; committed: string | null; end: string; lag: number }[];
};

async function workerGroup(request: APIRequestContext): Promise<ConsumerGroup | undefined> {
  const response = await request.get("/api/consumers");
  expect(response.status()).toBe(200);
  const { items, nextCursor } = (await response.json()) as { items: ConsumerGroup[]; nextCursor: null };
  expect(nextCursor).toBeNull();
  return items.find((group) => group.groupId === `${e2eEnv().topicPrefix}worker`);
}

test("lists the worker's consumer group with its members and lag per partition", async ({ request }) => {
  const { topicPrefix } = e2eEnv();
  // The worker may still be joining its group when the suite starts.
  await expect
    .poll(async () => (await workerGroup(request))?.state, { timeout: PROCESSING_TIMEOUT_MS })
    .toBe("Stable");
  const worker = (await workerGroup(request))!;
  expect(worker.members.length).toBeGreaterThanOrEqual(1);
  const eventPartitions = worker.partitions.filter((partition) => partition.topic === `${topicPrefix}events`);
  expect(eventPartitions.length).toBeGreaterThan(0);
  for (const partition of worker.partitions) {
    expect(partition.lag).toBeGreaterThanOrEqual(0);
    expect(Number(partition.end)).toBeGreaterThanOrEqual(Number(partition.committed ?? 0));
  }
  expect(worker.totalLag).toBe(worker.partitions.reduce((sum, partition) => sum + partition.lag, 0));
});

test("answers 503 when Kafka cannot be reached", async ({ playwright }) => {
  const brokerless = await brokerlessContext(playwright);
  await expectApiError(await brokerless.get("/api/consumers"), 503, "unavailable");
  await brokerless.dispose();
});

test("keeps the worker group's lag history and estimates when it drains", async ({ request }) => {
  const group = encodeURIComponent(`${e2eEnv().topicPrefix}worker`);
  let body: { items: { at: string; lag: number }[]; nextCursor: null; estimate: { state: string } } | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/consumers/${group}/lag?minutes=5`);
        expect(response.status()).toBe(200);
        body = await response.json();
        return body!.items.length;
      },
      { timeout: PROCESSING_TIMEOUT_MS },
    )
    .toBeGreaterThanOrEqual(2);
  const times = body!.items.map((point) => Date.parse(point.at));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(body!.items.every((point) => point.lag >= 0)).toBe(true);
  expect(["caught-up", "draining", "falling-behind", "unknown"]).toContain(body!.estimate.state);
});

test("refuses a lag window out of range with 400", async ({ request }) => {
  expect((await request.get("/api/consumers/any/lag?minutes=0")).status()).toBe(400);
});
