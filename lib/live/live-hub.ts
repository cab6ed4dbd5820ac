import type { LiveNotice, LiveTopic } from "./live-notice";

/** What a browser receives: a topic that changed and, when few, which ids. */
export type LiveChange = { topic: LiveTopic; ids?: string[] };

const MAX_IDS = 50;

/**
 * Fans notices out to subscribers, coalesced: at hundreds of step transitions a second, each
 * browser gets at most one change per topic per `flushEveryMs`, naming the ids when there are few.
 */
export function createLiveHub(flushEveryMs: number) {
  const subscribers = new Set<(change: LiveChange) => void>();
  const pending = new Map<LiveTopic, Set<string> | "many">();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    for (const [topic, ids] of pending) {
      const change: LiveChange = ids === "many" || ids.size === 0 ? { topic } : { topic, ids: [...ids] };
      for (const subscriber of subscribers) subscriber(change);
    }
    pending.clear();
  };

  return {
    publish(notice: LiveNotice) {
      const ids = pending.get(notice.topic) ?? new Set<string>();
      if (ids !== "many" && notice.id) ids.add(notice.id);
      pending.set(notice.topic, ids !== "many" && ids.size > MAX_IDS ? "many" : ids);
      timer ??= setTimeout(flush, flushEveryMs);
    },
    subscribe(subscriber: (change: LiveChange) => void) {
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    subscriberCount: () => subscribers.size,
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
