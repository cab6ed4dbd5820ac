export type ConcurrencyLimits = { perPrincipal: number; total: number };

/** Which limit refused a slot: the caller's own, or the one shared by everybody on this process. */
export type Refusal = { limit: "per-principal" | "total"; max: number };

export type Acquired = { ok: true; release: () => void } | { ok: false; refusal: Refusal };

/**
 * Counts what is in progress, per principal and in total, and lends a slot only while both counts
 * are below their limits. Each slot is given back once, however often `release` is called; a
 * principal with nothing in progress holds no memory.
 */
export function createConcurrencyLimiter(limits: ConcurrencyLimits) {
  const held = new Map<string, number>();
  let total = 0;

  const giveBack = (principal: string) => {
    total -= 1;
    const left = (held.get(principal) ?? 1) - 1;
    if (left === 0) held.delete(principal);
    else held.set(principal, left);
  };

  return {
    acquire(principal: string): Acquired {
      const own = held.get(principal) ?? 0;
      if (own >= limits.perPrincipal) return { ok: false, refusal: { limit: "per-principal", max: limits.perPrincipal } };
      if (total >= limits.total) return { ok: false, refusal: { limit: "total", max: limits.total } };
      held.set(principal, own + 1);
      total += 1;
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          giveBack(principal);
        },
      };
    },
    inUse: (principal?: string) => (principal === undefined ? total : (held.get(principal) ?? 0)),
    principalsHolding: () => held.size,
  };
}

export type ConcurrencyLimiter = ReturnType<typeof createConcurrencyLimiter>;
