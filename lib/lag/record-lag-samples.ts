import { and, inArray, lt, sql } from "drizzle-orm";
import { lagSamples } from "../../drizzle/schema";
import type { Db } from "../db/client";
import type { ConsumerGroupView } from "../kafka/consumer-groups";

const RETENTION = "7 days";
/** Any value identifies the lock; all workers must use the same one. */
const SAMPLER_LOCK = 0x5eed1a6;

/**
 * Stores one sample per group and partition, unless another worker sampled within `everyMs`:
 * a transaction-scoped advisory lock lets one sampler run at a time. Samples past the retention
 * of the sampled groups are dropped in the same transaction.
 */
export async function recordLagSamples(db: Db, everyMs: number, readGroups: () => Promise<ConsumerGroupView[]>): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = (await tx.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(${SAMPLER_LOCK}) as locked`)).rows;
    if (!lock?.locked) return 0;
    const [recent] = (
      await tx.execute<{ fresh: boolean }>(
        sql`select exists (select 1 from ${lagSamples} where sampled_at > now() - make_interval(secs => ${everyMs / 1000})) as fresh`,
      )
    ).rows;
    if (recent?.fresh) return 0;
    const groups = await readGroups();
    const sampledAt = new Date();
    const rows = groups.flatMap((group) =>
      group.partitions.map((partition) => ({
        groupId: group.groupId,
        topic: partition.topic,
        partition: partition.partition,
        committedOffset: partition.committed === null ? null : Number(partition.committed),
        endOffset: Number(partition.end),
        lag: partition.lag,
        sampledAt,
      })),
    );
    if (rows.length === 0) return 0;
    await tx.insert(lagSamples).values(rows);
    await tx
      .delete(lagSamples)
      .where(and(inArray(lagSamples.groupId, [...new Set(rows.map((row) => row.groupId))]), lt(lagSamples.sampledAt, sql`now() - interval '${sql.raw(RETENTION)}'`)));
    return rows.length;
  });
}
