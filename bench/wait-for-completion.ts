/**
 * A run's jobs are settled when none is still queued or running and none was created in the last
 * 10 seconds: an overloaded web app goes on answering requests whose clients gave up long ago, and
 * the next phase should not share the machine with them. `unsettled` is such a count (with a
 * `created_at` column), over the rows `from` selects.
 */
export const unsettledCount = (from: string, unsettled: string) =>
  `select count(*) filter (where ${unsettled})::int + coalesce((max(created_at) > now() - interval '10 seconds')::int, 0) as n ${from}`;

/**
 * Polls `countUnsettled` (jobs not yet completed or failed) until it reaches zero; gives up once it
 * has not fallen for `stallMs` or after `maxMs` in all. Answers the last count, so what never
 * settled is reported, not thrown.
 */
export async function waitUntilSettled(countUnsettled: () => Promise<number>, { maxMs = 300_000, stallMs = 30_000, pollMs = 1_000 } = {}) {
  const started = Date.now();
  let unsettled = Infinity;
  let progressedAt = started;
  for (;;) {
    const now = await countUnsettled();
    if (now < unsettled) progressedAt = Date.now();
    unsettled = now;
    if (unsettled === 0 || Date.now() - progressedAt > stallMs || Date.now() - started > maxMs) return unsettled;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
