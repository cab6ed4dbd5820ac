import { TransactionRollbackError } from "drizzle-orm";
import type { Db } from "../../../lib/db";

/**
 * Runs `work` in a transaction that is always rolled back, so a test can change rows other tests
 * share (or try what must fail) without anyone else ever seeing it. Actions open their own
 * transaction on the `db` they are given; on this one drizzle makes that a savepoint inside it,
 * which is why the transaction is handed over as a `Db`.
 */
export async function inRolledBackTransaction(db: Db, work: (tx: Db) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await work(tx as unknown as Db);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}
