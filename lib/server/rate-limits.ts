import "server-only";
import type { Principal } from "../auth/principal";
import { TokenBuckets } from "../auth/token-bucket";
import { webEnv } from "../env/web-env";
import { RateLimitedError } from "../errors";
import { singleton } from "./singleton";

const SWEEP_EVERY_MS = 60_000;

const buckets = () =>
  singleton("rateLimits", () => {
    const env = webEnv();
    const limits = {
      api_key: new TokenBuckets({ perSecond: env.RATE_LIMIT_KEY_PER_SECOND, burst: env.RATE_LIMIT_KEY_BURST }),
      user: new TokenBuckets({ perSecond: env.RATE_LIMIT_USER_PER_SECOND, burst: env.RATE_LIMIT_USER_BURST }),
      // One per address: an IPv6 caller can bring many, so their number is capped.
      anonymous: new TokenBuckets({ perSecond: env.RATE_LIMIT_ANONYMOUS_PER_SECOND, burst: env.RATE_LIMIT_ANONYMOUS_BURST, maxNames: 20_000 }),
    };
    setInterval(() => Object.values(limits).forEach((limit) => limit.sweep()), SWEEP_EVERY_MS).unref();
    return limits;
  });

/**
 * Each key and each person has a bucket of its own, and callers without credentials one per client
 * address, so one that floods is refused (429) while the others go on. Buckets live in this web
 * process: with several, each allows the configured rate.
 */
export function enforceRateLimit(principal: Principal, clientAddress: string | null) {
  if (principal.type === "system") return;
  const [kind, name] =
    principal.type === "anonymous" ? (["anonymous", clientAddress ?? "unknown"] as const) : ([principal.type, principal.id] as const);
  const waitSeconds = buckets()[kind].take(name);
  if (waitSeconds > 0) throw new RateLimitedError(waitSeconds);
}
