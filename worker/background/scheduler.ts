import type { Message } from "kafkajs";
import type { Db } from "../../lib/db/client";
import { takeDueRecords } from "../../lib/jobs/take-due-records";
import type { Logger } from "../../lib/log";
import { workerConfig } from "../config";
import { sleep } from "../support/sleep";

type SchedulerDeps = { db: Db; topics: string[]; publish: (topic: string, messages: Message[]) => Promise<void>; logger: Logger };

/** Publishes due records, then deletes them in the same transaction: at least once, never lost. */
async function publishDue(deps: SchedulerDeps): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const due = await takeDueRecords(tx, deps.topics, workerConfig.schedulerBatchSize);
    const byTopic = new Map<string, Message[]>();
    for (const record of due) {
      const message = { key: record.key, value: record.value, headers: record.headers };
      byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), message]);
    }
    // Raw on purpose: each record was encoded by its topic's contract when it was scheduled.
    await Promise.all([...byTopic].map(([topic, messages]) => deps.publish(topic, messages)));
    return due.length;
  });
}

/**
 * Sends retries and delay-step wake-ups when they are due. Every worker runs one; SKIP LOCKED
 * lets them share the table without sending a record twice.
 */
export function startScheduler(deps: SchedulerDeps) {
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let published = 0;
      try {
        published = await publishDue(deps);
      } catch (error) {
        deps.logger.warn({ err: error }, "scheduler could not publish due records; retrying");
      }
      // A full batch means more may be due: go again at once.
      if (published < workerConfig.schedulerBatchSize) {
        await sleep(workerConfig.schedulerPollMs, stopping.signal).catch(() => undefined);
      }
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
