import { expect, test } from "../support/fixtures";

test("GET /api/health reports Kafka, PostgreSQL and a live worker up", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    checks: { kafka: { status: "up" }, postgres: { status: "up" }, worker: { status: "up" } },
  });
  expect(body.checks.worker.workers).toContainEqual(
    expect.objectContaining({ workerId: expect.any(String), pid: expect.any(Number), lastSeenAt: expect.any(String) }),
  );
});

test("GET /health answers the seed's healthy body", async ({ request }) => {
  const response = await request.get("/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "healthy", producer: "connected", consumer: "connected" });
});

test.describe("when Kafka does not answer", () => {
  test("GET /api/health answers 503 with Kafka down", async ({ brokerless }) => {
    const response = await brokerless.get("/api/health");

    expect(response.status()).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      checks: { kafka: { status: "down", error: expect.any(String) }, postgres: { status: "up" } },
    });
  });

  test("GET /health answers 503 degraded with the producer disconnected", async ({ brokerless }) => {
    const response = await brokerless.get("/health");

    expect(response.status()).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", producer: "disconnected", consumer: "connected" });
  });
});
