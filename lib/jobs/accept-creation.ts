import { tasks, workflows, type Db, type Tx } from "../db";
import { AppError, UnavailableError } from "../errors";
import { earlierCreation, settleCollision, type CreationOutcome } from "./creation-idempotency";

/** Long enough for the worker to have materialised the job from its record, so the retry finds it. */
const STORE_RETRY_AFTER_SECONDS = 2;

/** Kafka has the job's record but the API could not store it: it exists (or soon will), but it cannot say so. */
export class AcceptedNotStoredError extends UnavailableError {
  constructor(kind: string, id: string, cause: unknown) {
    super(
      `The ${kind} ${id} was accepted but could not be stored yet, so it may exist: retry with the same Idempotency-Key to get its result (a retry without one creates another ${kind})`,
      STORE_RETRY_AFTER_SECONDS,
    );
    this.cause = cause;
  }
}

export type Creation = {
  kind: "workflow" | "task";
  table: typeof workflows | typeof tasks;
  id: string;
  requestId: string;
  /** The request's fingerprint when it sent an Idempotency-Key. */
  fingerprint: string | null;
  /** Resolves once Kafka acknowledged the `*.created` record (acks=all). */
  publish: () => Promise<void>;
  /** Inserts the job (idempotently); answers its creation time when this call inserted it. */
  insert: (tx: Tx) => Promise<Date | null>;
  audit: (tx: Tx) => Promise<void>;
};

/** Creations of one id under way in this process: a concurrent repeat waits for the first and then finds its row, rather than publishing the job again. */
const underWay = new Map<string, Promise<unknown>>();

/**
 * Accepts a job without holding a database connection across Kafka: a keyed request first looks
 * for the job it may already have created, then the record is published, then the job and its
 * audit row are stored in one short transaction, and only then does the caller hear 201, so a read
 * right after it finds the job. A failed publish leaves nothing. A store that fails after the
 * publish is a 503 that says the job may exist (the worker materialises it from the record), since
 * a 201 would promise a row that a read may not find yet, and a 500 would hide that a retry with the
 * same key is safe.
 */
export async function acceptCreation(db: Db, creation: Creation): Promise<CreationOutcome> {
  for (let ahead = underWay.get(creation.id); ahead; ahead = underWay.get(creation.id)) await ahead.catch(() => undefined);
  const accepting = accept(db, creation);
  underWay.set(creation.id, accepting);
  try {
    return await accepting;
  } finally {
    if (underWay.get(creation.id) === accepting) underWay.delete(creation.id);
  }
}

async function accept(db: Db, creation: Creation): Promise<CreationOutcome> {
  const { kind, table, id, requestId, fingerprint } = creation;
  const earlier = await earlierCreation(db, table, id, fingerprint);
  if (earlier) return earlier;
  await creation.publish();
  return db
    .transaction(async (tx) => {
      const insertedAt = await creation.insert(tx);
      const outcome = insertedAt ? { createdAt: insertedAt, replayed: false } : await settleCollision(tx, table, id, { requestId, fingerprint });
      if (!outcome.replayed) await creation.audit(tx);
      return outcome;
    })
    .catch((error: unknown) => {
      // Our own answers (a 409 for another body under the same key) stand; any other failure leaves the job to the worker.
      if (error instanceof AppError) throw error;
      throw new AcceptedNotStoredError(kind, id, error);
    });
}
