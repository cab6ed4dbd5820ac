import "server-only";
import { findApiKey } from "../api-keys";
import { hashApiKeyToken } from "../api-keys/api-key-token";
import { createKeyMemory } from "../api-keys/key-memory";
import { KEY_REVOCATIONS_CHANNEL } from "../api-keys/key-revocations";
import { db } from "./db";
import { listenForever } from "./pg-listener";
import { singleton } from "./singleton";

type LiveKey = NonNullable<Awaited<ReturnType<typeof findApiKey>>>;

const MEMORY_BOUNDS = {
  /** A bound on how long a key is trusted from memory, should a revocation notice ever go astray. */
  trustForMs: 60_000,
  /**
   * A database restart or failover takes seconds; for that long, keys already verified keep
   * ingesting (Kafka is all ingestion needs). A revocation made meanwhile waits at most this long.
   */
  outageGraceMs: 30_000,
};

/**
 * The live keys this process has seen, so a producer's requests do not each wait for a key lookup;
 * kept only while this process LISTENs for revocations, which forget a key as its revocation commits.
 */
export const apiKeyCache = () =>
  singleton("apiKeyCache", () => {
    const memory = createKeyMemory<LiveKey>(MEMORY_BOUNDS);
    listenForever(KEY_REVOCATIONS_CHANNEL, {
      onNotice: (keyId) => memory.forget(keyId || undefined),
      onListening: () => memory.setListening(true),
      onLost: () => memory.setListening(false),
    });
    return {
      forget: memory.forget,
      find: (token: string) => memory.find(hashApiKeyToken(token), () => findApiKey(db(), token)),
    };
  });
