export type KeyMemoryBounds = {
  /** How long one lookup is trusted, should a revocation notice ever go astray. */
  trustForMs: number;
  /** How long remembered keys keep working once the notices stop (the database is out of reach). */
  outageGraceMs: number;
};

/**
 * Live keys remembered by the hash of their token, while revocation notices can reach this
 * process. When the notices stop (the database, or the connection to it, is gone), the keys
 * already verified keep working for `outageGraceMs`, so ingestion, which needs only Kafka, rides
 * out a short database outage; nothing new is remembered meanwhile. When the notices resume,
 * everything is forgotten, since revocations may have been missed, and each key is asked again.
 * A lookup that began before a `forget` is not stored after it: it may have read the key just
 * before its revocation committed. A key that expires is remembered no longer than until then.
 */
export function createKeyMemory<Key extends { id: string; expiresAt?: Date | null }>(bounds: KeyMemoryBounds, now: () => number = Date.now) {
  const keys = new Map<string, { key: Key; until: number }>();
  let listening = false;
  let quietSince = -Infinity;
  let generation = 0;

  const forget = (keyId?: string) => {
    generation++;
    for (const [hash, entry] of keys) if (keyId === undefined || entry.key.id === keyId) keys.delete(hash);
  };
  const trusted = (entry: { until: number }) =>
    entry.until > now() && (listening || now() < quietSince + bounds.outageGraceMs);

  return {
    /** One key (by id) after its revocation, or every key. */
    forget,
    setListening(on: boolean) {
      if (on) forget();
      else quietSince = now();
      listening = on;
    },
    async find(hash: string, load: () => Promise<Key | null>): Promise<Key | null> {
      const remembered = keys.get(hash);
      if (remembered && trusted(remembered)) return remembered.key;
      if (remembered) keys.delete(hash);
      const seenGeneration = generation;
      const key = await load();
      const until = Math.min(now() + bounds.trustForMs, key?.expiresAt?.getTime() ?? Infinity);
      if (key && listening && generation === seenGeneration) keys.set(hash, { key, until });
      return key;
    },
  };
}
