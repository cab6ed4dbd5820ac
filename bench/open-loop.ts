import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { BenchClient } from "./bench-client";

export type Post = {
  path: string;
  body: (n: number) => unknown;
  acceptedStatus: number;
  /** The field of an accepted answer's body that names what it created, to follow it by id. */
  idField?: string;
};

/** One event per request, all with the same fresh key; `key` says which. */
export const eventPosts = (key = `rate-${randomUUID()}`): Post & { key: string } => ({
  key,
  path: "/api/events",
  body: (n) => ({ eventType: "bench.latency", key, payload: { n } }),
  acceptedStatus: 202,
});

/** How long a request may go unanswered before it counts as a timeout; far past any healthy answer. */
const ANSWER_TIMEOUT_MS = 30_000;

/** What one request got back: an HTTP status, or "timeout", or "no answer (<why>)" when the connection failed. */
export type Answer = { status: number | string; retryAfter: string | null; id?: string; answeredAt: number };

/** One request of `spec`, the `n`th; answers what came back, never throws. */
export async function postOnce({ baseUrl, keyHeaders }: BenchClient, spec: Post, n: number): Promise<Answer> {
  try {
    const response = await fetch(`${baseUrl}${spec.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...keyHeaders },
      body: JSON.stringify(spec.body(n)),
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    const answeredAt = Date.now();
    const text = await response.text();
    const id = spec.idField && response.status === spec.acceptedStatus ? (JSON.parse(text) as Record<string, string>)[spec.idField] : undefined;
    return { status: response.status, retryAfter: response.headers.get("retry-after"), id, answeredAt };
  } catch (error) {
    const { name, message, cause } = error as Error & { cause?: { code?: string } };
    return { status: name === "TimeoutError" ? "timeout" : `no answer (${cause?.code ?? message})`, retryAfter: null, answeredAt: Date.now() };
  }
}

/** "201: 17990, 503: 10, timeout: 0": every kind of answer with how often it came. */
export function answerCounts(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const answer of answers) counts.set(String(answer.status), (counts.get(String(answer.status)) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${status}: ${count}`).join(", ");
}

/**
 * Open-loop load at a fixed rate: requests go out on schedule whether or not earlier ones have
 * answered, as independent clients would send them. Sending ends after `durationSeconds`, or
 * sooner when `stop` aborts.
 */
export async function sendAtRate(client: BenchClient, ratePerSecond: number, durationSeconds: number, spec: Post, stop?: AbortSignal) {
  const tickMs = 10;
  const perTick = (ratePerSecond * tickMs) / 1000;
  const total = ratePerSecond * durationSeconds;
  const requests: Promise<Answer>[] = [];
  const started = Date.now();
  while (requests.length < total && !stop?.aborted) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / tickMs + 1) * perTick));
    while (requests.length < due) requests.push(postOnce(client, spec, requests.length));
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
  const window = { from: started, to: Date.now() };
  const achievedRate = requests.length / ((window.to - window.from) / 1000);
  const answers = await Promise.all(requests);
  const accepted = answers.filter((answer) => answer.status === spec.acceptedStatus);
  return {
    sent: requests.length,
    accepted: accepted.length,
    acceptedIds: accepted.flatMap((answer) => (answer.id ? [answer.id] : [])),
    achievedRate,
    /** From the first request sent to the last, on this machine's clock (the database's too). */
    window,
    answers,
  };
}

/** Accepted → processed latency of one key's events: Kafka's record time to the row's insert. */
export async function endToEndPercentiles(pool: pg.Pool, key: string, expected: number) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const { rows } = await pool.query("select count(*)::int as n from processed_events where key = $1", [key]);
    if (rows[0].n >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rows } = await pool.query(
    `select percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from processed_at - accepted_at) * 1000) as p,
            count(*)::int as n
       from processed_events where key = $1`,
    [key],
  );
  const [p50, p95, p99] = rows[0].p as number[];
  return { processed: rows[0].n as number, p50: p50!, p95: p95!, p99: p99! };
}
