import type { Message, TopicMessages } from "kafkajs";
import { UnavailableError } from "../errors";

export type SendBatch = (topicMessages: TopicMessages[]) => Promise<unknown>;

export type BatchingOptions = {
  /** How long the first waiting message lingers so concurrent requests share a produce request. */
  lingerMs: number;
  /** Upper bound of value bytes in one produce request; a single larger publish goes alone. */
  maxBatchBytes: number;
  /** A publish not acknowledged within this time fails with UnavailableError (HTTP 503). */
  timeoutMs: number;
};

type Pending = {
  topic: string;
  messages: Message[];
  bytes: number;
  state: "queued" | "sent" | "settled";
  resolve: () => void;
  reject: (error: Error) => void;
};

/**
 * Group commit for producers: while one produce request is in flight, later publishes queue up
 * and go out together in the next one. Each caller's promise settles with its own acknowledgement.
 * One request in flight at a time keeps per-key order without kafkajs' experimental idempotence.
 */
export class BatchingPublisher {
  private queue: Pending[] = [];
  private flushing = false;
  private lingerTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sendBatch: SendBatch,
    private readonly options: BatchingOptions,
  ) {}

  publish(topic: string, messages: Message[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        topic,
        messages,
        bytes: messages.reduce((sum, message) => sum + messageBytes(message), 0),
        state: "queued",
        resolve: () => settle(() => resolve()),
        reject: (error) => settle(() => reject(error)),
      };
      const timeout = setTimeout(() => {
        // A queued publish that times out is never sent: the caller's 503 stays true.
        pending.reject(new UnavailableError("Kafka did not acknowledge in time"));
      }, this.options.timeoutMs);
      const settle = (finish: () => void) => {
        if (pending.state === "settled") return;
        pending.state = "settled";
        clearTimeout(timeout);
        finish();
      };
      this.queue.push(pending);
      this.scheduleFlush();
    });
  }

  private scheduleFlush() {
    if (this.flushing || this.lingerTimer) return;
    this.lingerTimer = setTimeout(() => {
      this.lingerTimer = undefined;
      void this.flush();
    }, this.options.lingerMs);
  }

  private async flush() {
    this.flushing = true;
    try {
      for (let batch = this.takeBatch(); batch.length > 0; batch = this.takeBatch()) {
        await this.sendAndSettle(batch);
      }
    } finally {
      this.flushing = false;
    }
  }

  private takeBatch(): Pending[] {
    this.queue = this.queue.filter((pending) => pending.state === "queued");
    const batch: Pending[] = [];
    let bytes = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (batch.length > 0 && bytes + next.bytes > this.options.maxBatchBytes) break;
      batch.push(this.queue.shift()!);
      bytes += next.bytes;
    }
    return batch;
  }

  private async sendAndSettle(batch: Pending[]) {
    for (const pending of batch) pending.state = "sent";
    try {
      await this.sendBatch(groupByTopic(batch));
      for (const pending of batch) pending.resolve();
    } catch (cause) {
      const error = new UnavailableError("Kafka did not acknowledge the events");
      error.cause = cause;
      for (const pending of batch) pending.reject(error);
    }
  }
}

function messageBytes(message: Message): number {
  const value = message.value;
  return typeof value === "string" ? Buffer.byteLength(value) : (value?.length ?? 0);
}

function groupByTopic(batch: Pending[]): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const pending of batch) {
    const messages = byTopic.get(pending.topic) ?? [];
    messages.push(...pending.messages);
    byTopic.set(pending.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
