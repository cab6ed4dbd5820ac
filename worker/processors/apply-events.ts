import type { KafkaMessage } from "kafkajs";
import {
  insertProcessedEvents,
  insertProcessedEventsReturningIds,
  type ProcessedEventRow,
} from "../../lib/events/insert-processed-events";
import type { Logger } from "../../lib/log";
import { decodeEvent } from "../../lib/topics/events";
import type { WorkerDeps, Origin, Retry } from "../worker-deps";
import { deadLetterRejections, type Rejection } from "../engine/dead-letter";
import { retryDb } from "../support/retry-db";
import { toProcessedRow } from "./to-processed-row";
import { isTransientDbError } from "../support/transient-db-error";

type Valid = { message: KafkaMessage; row: ProcessedEventRow };
/** How many rows were new; which ones only when per-event lines will be logged. */
type Inserted = { count: number; ids?: Set<string> };

async function insertRows(deps: WorkerDeps, rows: ProcessedEventRow[]): Promise<Inserted> {
  if (!deps.logger.isLevelEnabled("debug")) return { count: await insertProcessedEvents(deps.db, rows) };
  const ids = await insertProcessedEventsReturningIds(deps.db, rows);
  return { count: ids.length, ids: new Set(ids) };
}

/**
 * Applies one fetched batch: valid envelopes in one multi-row statement (idempotent on eventId),
 * the rest to the dead-letter topic and table. Returns only when every record is
 * either stored or dead-lettered, so the caller may commit the batch's offsets.
 */
export async function applyEvents(deps: WorkerDeps, origin: Origin, messages: KafkaMessage[]) {
  const valid: Valid[] = [];
  const rejected: Rejection[] = [];
  for (const message of messages) {
    const decoded = decodeEvent(message);
    if (decoded.kind === "rejected") rejected.push({ message, errorClass: decoded.errorClass, errorMessage: decoded.errorMessage });
    else valid.push({ message, row: toProcessedRow(decoded.envelope, { ...origin, message }) });
  }

  const retry = retryDb(deps);

  let inserted: Inserted;
  try {
    // One statement for the whole batch, so it commits or fails as a unit without BEGIN/COMMIT trips.
    inserted = await retry("apply batch", () => insertRows(deps, valid.map((item) => item.row)));
  } catch (error) {
    if (isTransientDbError(error)) throw error;
    inserted = await applyOneByOne(deps, valid, rejected, retry);
  }

  if (rejected.length > 0) await deadLetterRejections(deps, origin, rejected, retry);
  const rejectedMessages = new Set(rejected.map((rejection) => rejection.message));
  const stored = valid.filter((item) => !rejectedMessages.has(item.message));
  logApplied(deps.logger, origin, stored, inserted, rejected.length);
}

/** One record the database refuses (e.g. a NUL in its payload) must not hold back the others. */
async function applyOneByOne(deps: WorkerDeps, valid: Valid[], rejected: Rejection[], retry: Retry): Promise<Inserted> {
  const inserted: Required<Inserted> = { count: 0, ids: new Set() };
  for (const { message, row } of valid) {
    try {
      const one = await retry("apply record", () => insertRows(deps, [row]));
      inserted.count += one.count;
      for (const id of one.ids ?? []) inserted.ids.add(id);
    } catch (error) {
      if (isTransientDbError(error)) throw error;
      // Drizzle's message is the failed SQL; the driver's error underneath says what was wrong.
      const cause = (error as Error).cause instanceof Error ? ((error as Error).cause as Error) : (error as Error);
      rejected.push({ message, errorClass: "DatabaseRejected", errorMessage: cause.message });
    }
  }
  return inserted;
}

/** One info line per batch; one debug line per event, for tracing a request id through (LOG_LEVEL=debug). */
function logApplied(logger: Logger, origin: Origin, stored: Valid[], inserted: Inserted, deadLettered: number) {
  if (inserted.ids) {
    for (const { row } of stored) {
      const fields = { ...origin, offset: row.offset, eventId: row.eventId, eventType: row.eventType, requestId: row.requestId };
      logger.debug(fields, inserted.ids.has(row.eventId) ? "event processed" : "duplicate event skipped");
    }
  }
  if (stored.length === 0) return;
  const offsets = { firstOffset: stored[0]!.row.offset, lastOffset: stored.at(-1)!.row.offset };
  logger.info(
    { ...origin, ...offsets, applied: inserted.count, duplicates: stored.length - inserted.count, deadLettered },
    "batch applied",
  );
}
