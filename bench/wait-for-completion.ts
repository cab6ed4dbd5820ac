/**
 * Polls `countDone` until it reaches `expected`, gives up once it has made no progress for
 * `stallMs` or after `maxMs` in all; answers the last count, so a shortfall is reported, not thrown.
 */
export async function waitForCompletion(countDone: () => Promise<number>, expected: number, { maxMs = 300_000, stallMs = 30_000, pollMs = 1_000 } = {}) {
  const started = Date.now();
  let done = 0;
  let progressedAt = started;
  for (;;) {
    const now = await countDone();
    if (now > done) progressedAt = Date.now();
    done = now;
    if (done >= expected || Date.now() - progressedAt > stallMs || Date.now() - started > maxMs) return done;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
