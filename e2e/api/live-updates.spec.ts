import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { bearer, seededAccess } from "../support/e2e-auth";
import { acceptEvent } from "../support/events-api";
import { uniqueEventType } from "../support/unique";

/** Reads Server-Sent Events from /api/live until `wanted` matches one, or the timeout passes. */
async function nextChange(wanted: (change: { topic: string; ids?: string[] }) => boolean, trigger: () => Promise<unknown>) {
  const controller = new AbortController();
  const response = await fetch(`${e2eEnv().baseUrl}/api/live`, { signal: controller.signal, headers: bearer(seededAccess().keys.read) });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const timeout = setTimeout(() => controller.abort(), 15_000);
  await trigger();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return undefined;
      buffer += value;
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const data = block.split("\n").find((line) => line.startsWith("data: "));
        if (!block.includes("event: change") || !data) continue;
        const change = JSON.parse(data.slice(6)) as { topic: string; ids?: string[] };
        if (wanted(change)) return change;
      }
    }
  } catch {
    return undefined;
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
}

test("announces processed events over Server-Sent Events", async ({ request }) => {
  const change = await nextChange(
    (one) => one.topic === "events",
    () => acceptEvent(request, { eventType: uniqueEventType("live") }),
  );
  expect(change).toEqual({ topic: "events" });
});

test("announces a workflow's progress with its id", async ({ request }) => {
  let workflowId = "";
  const change = await nextChange(
    (one) => one.topic === "workflows" && (one.ids ?? []).includes(workflowId),
    async () => {
      const response = await request.post("/api/workflows", { data: { name: "live", steps: ["validate"] } });
      expect(response.status()).toBe(201);
      workflowId = ((await response.json()) as { workflowId: string }).workflowId;
    },
  );
  expect(change?.ids).toContain(workflowId);
});
