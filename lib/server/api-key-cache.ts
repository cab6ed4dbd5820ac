import "server-only";
import { findApiKey } from "../api-keys";
import { hashApiKeyToken } from "../api-keys/api-key-token";
import { KEY_REVOCATIONS_CHANNEL } from "../api-keys/key-revocations";
import { db } from "./db";
import { listenForever } from "./pg-listener";
import { singleton } from "./singleton";

type LiveKey = NonNullable<Awaited<ReturnType<typeof findApiKey>>>;

/** A bound on how long a key is trusted from memory, should a revocation notice ever go astray. */
const TRUST_FOR_MS = 60_000;

/**
 * Live keys this process has seen, so a producer's requests do not each wait for a key lookup.
 * Memory is used only while this process LISTENs for revocations: a revoked key is forgotten as
 * soon as the revocation commits, and while the LISTEN connection is down every request asks the
 * database. A lookup that began before a revocation is not stored after it (the generation check).
 */
function createKeyCache() {
  const keys = new Map<string, { key: LiveKey; until: number }>();
  let listening = false;
  let generation = 0;
  const forget = (keyId?: string) => {
    generation++;
    for (const [hash, entry] of keys) if (keyId === undefined || entry.key.id === keyId) keys.delete(hash);
  };
  listenForever(KEY_REVOCATIONS_CHANNEL, {
    onNotice: (keyId) => forget(keyId ?? undefined),
    onListening: () => {
      forget();
      listening = true;
    },
    onLost: () => {
      listening = false;
      forget();
    },
  });

  return {
    forget,
    async find(token: string): Promise<LiveKey | null> {
      const hash = hashApiKeyToken(token);
      const cached = keys.get(hash);
      if (listening && cached && cached.until > Date.now()) return cached.key;
      const seenGeneration = generation;
      const key = await findApiKey(db(), token);
      if (key && listening && generation === seenGeneration) keys.set(hash, { key, until: Date.now() + TRUST_FOR_MS });
      return key;
    },
  };
}

export const apiKeyCache = () => singleton("apiKeyCache", createKeyCache);
