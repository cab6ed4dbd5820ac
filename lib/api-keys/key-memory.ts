/**
 * Live keys remembered by the hash of their token. Memory is used only while `listening` (while
 * revocation notices can reach it); going quiet or coming back forgets everything, since notices
 * may have been missed. A lookup that began before a `forget` is not stored after it: it may have
 * read the key just before its revocation committed. A key that expires is remembered no longer
 * than until then.
 */
export function createKeyMemory<Key extends { id: string; expiresAt?: Date | null }>(trustForMs: number, now: () => number = Date.now) {
  const keys = new Map<string, { key: Key; until: number }>();
  let listening = false;
  let generation = 0;

  const forget = (keyId?: string) => {
    generation++;
    for (const [hash, entry] of keys) if (keyId === undefined || entry.key.id === keyId) keys.delete(hash);
  };

  return {
    /** One key (by id) after its revocation, or every key. */
    forget,
    setListening(on: boolean) {
      forget();
      listening = on;
    },
    async find(hash: string, load: () => Promise<Key | null>): Promise<Key | null> {
      const remembered = keys.get(hash);
      if (listening && remembered && remembered.until > now()) return remembered.key;
      if (remembered) keys.delete(hash);
      const seenGeneration = generation;
      const key = await load();
      const until = Math.min(now() + trustForMs, key?.expiresAt?.getTime() ?? Infinity);
      if (key && listening && generation === seenGeneration) keys.set(hash, { key, until });
      return key;
    },
  };
}
