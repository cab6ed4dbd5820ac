import type { KafkaMessage } from "kafkajs";

/**
 * Handles a batch's records with up to `concurrency` keys at a time and each key's records in
 * order: one workflow's steps never overlap, different workflows do not wait for each other.
 */
export async function forEachByKey(
  messages: KafkaMessage[],
  concurrency: number,
  handle: (message: KafkaMessage) => Promise<void>,
): Promise<void> {
  const byKey = new Map<string, KafkaMessage[]>();
  for (const message of messages) {
    const key = message.key?.toString("utf8") ?? "";
    const queue = byKey.get(key);
    if (queue) queue.push(message);
    else byKey.set(key, [message]);
  }
  const queues = [...byKey.values()];
  let next = 0;
  const lane = async () => {
    while (next < queues.length) {
      const queue = queues[next++]!;
      for (const message of queue) await handle(message);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, lane));
}
