import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { acceptBatch } from "../support/events-api";
import { uniqueEventType } from "../support/unique";
import { removeGroups, startOwnWorker } from "../support/worker-process";

const lagOf = async (page: import("@playwright/test").Page, group: string) => {
  const text = (await page.getByTestId(`consumer-group-${group}`).textContent()) ?? "";
  return Number(/lag ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", "") ?? Number.NaN);
};

test("shows lag build up while a worker is stopped and drain once it is back", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const group = `${e2eEnv().topicPrefix}lag-${randomUUID().slice(0, 8)}`;
  const waitForLag = (check: (lag: number) => boolean, message: string) =>
    expect(async () => {
      await page.goto(`/consumers/${encodeURIComponent(group)}`);
      expect(check(await lagOf(page, group)), message).toBe(true);
    }).toPass({ timeout: 60_000, intervals: [1000] });

  // One event first, so the new group has something to commit: a group that never committed and
  // has no members names no topics, so its lag cannot be read at all.
  await acceptBatch(request, [{ eventType: uniqueEventType("lag"), payload: { n: -1 } }]);
  let worker = await startOwnWorker(group);
  await waitForLag((lag) => lag === 0, "the new group catches up with the events topic");
  await worker.stop();

  await acceptBatch(request, Array.from({ length: 40 }, (_, n) => ({ eventType: uniqueEventType("lag"), payload: { n } })));
  await waitForLag((lag) => lag >= 40, "the stopped group falls 40 records behind");
  const screenshot = testInfo.outputPath("consumer-lag.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("lag while stopped", { path: screenshot, contentType: "image/png" });

  worker = await startOwnWorker(group);
  await waitForLag((lag) => lag === 0, "the restarted worker drains the lag");
  await worker.stop();
  await removeGroups(group);
});
