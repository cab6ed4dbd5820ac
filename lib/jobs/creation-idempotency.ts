import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { tasks, workflows, type DbOrTx, type Tx } from "../db";
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
 * without a fingerprint was stored by the worker from the topic (the API's own store failed after
 * Kafka took the record), so there is nothing to compare and the first result stands.
 */
export function assertSameRequest(stored: string | null, fingerprint: string) {
  if (stored !== null && stored !== fingerprint) {
    throw new ConflictError("This Idempotency-Key was used with a different request; use a new key for a new creation");
  }
}

export type CreationOutcome = { createdAt: Date; replayed: boolean };
type JobTable = typeof workflows | typeof tasks;

const storedCreation = (table: JobTable) => ({
  createdAt: table.createdAt,
  requestId: table.requestId,
  requestFingerprint: table.requestFingerprint,
});

/** Before anything is published: a keyed request whose job exists answers the first result (or 409). */
export async function earlierCreation(db: DbOrTx, table: JobTable, id: string, fingerprint: string | null): Promise<CreationOutcome | null> {
  if (fingerprint === null) return null;
  const [stored] = await db.select(storedCreation(table)).from(table).where(eq(table.id, id));
  if (!stored) return null;
  assertSameRequest(stored.requestFingerprint, fingerprint);
  return { createdAt: stored.createdAt, replayed: true };
}

/**
 * The store's insert found the job already there: either the worker materialised it from this very
 * request's record before the API stored it (the row has this request's id and no fingerprint), in
 * which case this request claims it (records its fingerprint) and it is no repeat; or a concurrent
 * request with the same key stored it, and this one repeats it. The row is locked so two requests
 * cannot both claim it.
 */
export async function settleCollision(tx: Tx, table: JobTable, id: string, request: { requestId: string; fingerprint: string | null }): Promise<CreationOutcome> {
  const [stored] = await tx.select(storedCreation(table)).from(table).where(eq(table.id, id)).for("update");
  if (!stored) throw new Error(`creation ${id} collided with a row that is gone`);
  if (stored.requestFingerprint === null && stored.requestId === request.requestId) {
    if (request.fingerprint !== null) await tx.update(table).set({ requestFingerprint: request.fingerprint }).where(eq(table.id, id));
    return { createdAt: stored.createdAt, replayed: false };
  }
  if (request.fingerprint === null) throw new Error(`creation ${id} collided with a row it cannot repeat`);
  assertSameRequest(stored.requestFingerprint, request.fingerprint);
  return { createdAt: stored.createdAt, replayed: true };
}
