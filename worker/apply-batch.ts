import type { KafkaMessage } from "kafkajs";
import { insertProcessedEvents } from "../lib/events/insert-processed-events";
import type { Logger } from "../lib/log";
import type { BatchDeps, Origin, Retry } from "./batch-deps";
import { deadLetterRejections, type Rejection } from "./dead-letter";
import { decodeRecord } from "./decode-record";
import { retryTransient } from "./retry-transient";
import { toProcessedRow } from "./to-processed-row";
import { isTransientDbError } from "./transient-db-error";

/**
 * Applies one fetched batch: valid envelopes in one multi-row statement (idempotent on eventId),
 * the rest to the dead-letter topic and table. Returns only when every record is
 * either stored or dead-lettered, so the caller may commit the batch's offsets.
 */
export async function applyBatch(deps: BatchDeps, origin: Origin, messages: KafkaMessage[]) {
  const valid: { message: KafkaMessage; row: ReturnType<typeof toProcessedRow> }[] = [];
  const rejected: Rejection[] = [];
  for (const message of messages) {
    const decoded = decodeRecord(message);
    if (decoded.ok) valid.push({ message, row: toProcessedRow(decoded.envelope, { ...origin, message }) });
    else rejected.push({ message, errorClass: decoded.errorClass, errorMessage: decoded.errorMessage });
  }

  const retry: Retry = (what, operation) =>
    retryTransient(operation, { what, isTransient: isTransientDbError, ...deps });

  let inserted: string[];
  try {
    // One statement for the whole batch, so it commits or fails as a unit without BEGIN/COMMIT trips.
    inserted = await retry("apply batch", () => insertProcessedEvents(deps.db, valid.map((item) => item.row)));
  } catch (error) {
    if (isTransientDbError(error)) throw error;
    // One record the database refuses (e.g. a NUL in its payload) must not hold back the others.
    inserted = [];
    for (const { message, row } of valid) {
      try {
        inserted.push(...(await retry("apply record", () => insertProcessedEvents(deps.db, [row]))));
      } catch (recordError) {
        if (isTransientDbError(recordError)) throw recordError;
        rejected.push({ message, errorClass: "DatabaseRejected", errorMessage: (recordError as Error).message });
      }
    }
  }

  if (rejected.length > 0) await deadLetterRejections(deps, origin, rejected, retry);
  const rejectedMessages = new Set(rejected.map((rejection) => rejection.message));
  const stored = valid.filter((item) => !rejectedMessages.has(item.message));
  logApplied(deps.logger, origin, stored, new Set(inserted), rejected.length);
}

/** One info line per batch; one debug line per event, for tracing a request id through (LOG_LEVEL=debug). */
function logApplied(
  logger: Logger,
  origin: Origin,
  stored: { row: ReturnType<typeof toProcessedRow> }[],
  inserted: Set<string>,
  deadLettered: number,
) {
  if (logger.isLevelEnabled("debug")) {
    for (const { row } of stored) {
      const fields = { ...origin, offset: row.offset.toString(), eventId: row.eventId, eventType: row.eventType, requestId: row.requestId };
      logger.debug(fields, inserted.has(row.eventId) ? "event processed" : "duplicate event skipped");
    }
  }
  if (stored.length === 0) return;
  const offsets = { firstOffset: stored[0]!.row.offset.toString(), lastOffset: stored.at(-1)!.row.offset.toString() };
  logger.info(
    { ...origin, ...offsets, applied: inserted.size, duplicates: stored.length - inserted.size, deadLettered },
    "batch applied",
  );
}
