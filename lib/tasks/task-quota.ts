import type { Actor } from "../auth/actor";
import { RateLimitedError } from "../errors";
import type { TaskType } from "./task-enums";

const HOUR_MS = 3_600_000;

export type QuotaGrant = { granted: true; release: () => void } | { granted: false; retryAfterSeconds: number };

/**
 * At most `perHour` tasks an hour for each holder: a window opens with the holder's first task and
 * closes an hour later, when the count starts again (as an hourly API quota with a reset time
 * does). Counts live in this process; windows that have closed are swept.
 */
export class TaskQuota {
  private readonly windows = new Map<string, { openedAt: number; used: number }>();

  constructor(readonly perHour: number) {}

  take(holder: string, now = Date.now()): QuotaGrant {
    let window = this.windows.get(holder);
    if (!window || now - window.openedAt >= HOUR_MS) {
      window = { openedAt: now, used: 0 };
      this.windows.set(holder, window);
    }
    if (window.used >= this.perHour) return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil((window.openedAt + HOUR_MS - now) / 1000)) };
    window.used += 1;
    const taken = window;
    // A task that was not created after all (refused, or the broker was down) does not count.
    return { granted: true, release: () => void (taken.used = Math.max(0, taken.used - 1)) };
  }

  sweep(now = Date.now()) {
    for (const [holder, window] of this.windows) if (now - window.openedAt >= HOUR_MS) this.windows.delete(holder);
  }

  get size() {
    return this.windows.size;
  }
}

/** Whose quota a task counts against, per task type: each key, each person, each address without credentials. */
export function quotaHolder(actor: Actor, type: TaskType): string | null {
  const { principal } = actor;
  if (principal.type === "system") return null;
  const who = principal.type === "anonymous" ? `address:${actor.clientAddress ?? "unknown"}` : `${principal.type}:${principal.id}`;
  return `${who}:${type}`;
}

/**
 * Counts a task against its creator's quota before it is created: 429 with Retry-After when the
 * hour's tasks of that type are used up. Answers the function that gives the task back.
 */
export function takeTaskQuota(quota: TaskQuota, actor: Actor, type: TaskType): () => void {
  const holder = quotaHolder(actor, type);
  if (holder === null) return () => {};
  const grant = quota.take(holder);
  if (grant.granted) return grant.release;
  throw new RateLimitedError(
    grant.retryAfterSeconds,
    `Task quota used up: at most ${quota.perHour} ${type} tasks an hour (TASK_QUOTA_PER_HOUR) for each key or person; retry in ${grant.retryAfterSeconds} s`,
  );
}
