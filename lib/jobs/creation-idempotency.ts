import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { tasks, workflows, type DbOrTx } from "../db";
import { ConflictError, ValidationError } from "../errors";
import { stableUuid } from "./stable-uuid";

/** Stripe's header: one key per logical creation, chosen by the client, retried as often as needed. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
/** Set on an answer that repeats the first one rather than creating anything. */
export const IDEMPOTENT_REPLAYED_HEADER = "idempotent-replayed";

const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, "1 to 255 visible ASCII characters");

/** The request's Idempotency-Key, if it sent one; a malformed one is a 400 naming the header. */
export function idempotencyKeyOf(request: { headers: Headers }): string | null {
  const value = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (value === null) return null;
  const parsed = idempotencyKeySchema.safeParse(value);
  if (!parsed.success) {
    throw new ValidationError("Request is invalid", [{ path: "Idempotency-Key", message: parsed.error.issues[0]!.message }]);
  }
  return parsed.data;
}

export type CreationRequest = { actor: Actor; idempotencyKey?: string | null };

/**
 * A new job's id. With an Idempotency-Key it derives from the caller and the key, so a repeated
 * request names the same job and the database's primary key makes it one; keys are the caller's
 * own (two callers' equal keys never meet), and a workflow and a task with one key stay apart.
 */
export function creationId(kind: "workflow" | "task", { actor, idempotencyKey }: CreationRequest): string {
  if (!idempotencyKey) return randomUUID();
  const principal = actor.principal;
  const caller = "id" in principal ? `${principal.type}:${principal.id}` : principal.type;
  return stableUuid(`${kind}:${caller}:${idempotencyKey}`);
}

/** What a repeat is compared by: the parsed request, so spacing and defaults do not count. */
export const requestFingerprint = (spec: unknown) => createHash("sha256").update(JSON.stringify(spec)).digest("hex");

/**
 * A repeat of a creation answers as the first did, provided it asks for the same thing. A row
 * without a fingerprint was stored by the worker from the topic (the API's own commit failed after
 * Kafka took the event), so there is nothing to compare and the first result stands.
 */
export function assertSameRequest(stored: string | null, fingerprint: string) {
  if (stored !== null && stored !== fingerprint) {
    throw new ConflictError("This Idempotency-Key was used with a different request; use a new key for a new creation");
  }
}

/**
 * The answer to a repeated creation, read from the row the first one stored (its insert waited
 * for that one to commit, so the row is there).
 */
export async function repeatedCreation(db: DbOrTx, table: typeof workflows | typeof tasks, id: string, fingerprint: string | null) {
  const [stored] = await db
    .select({ createdAt: table.createdAt, requestFingerprint: table.requestFingerprint })
    .from(table)
    .where(eq(table.id, id));
  if (!stored || fingerprint === null) throw new Error(`creation ${id} collided with a row it cannot repeat`);
  assertSameRequest(stored.requestFingerprint, fingerprint);
  return { createdAt: stored.createdAt, replayed: true };
}
