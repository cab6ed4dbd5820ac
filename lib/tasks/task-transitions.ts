import { sql } from "drizzle-orm";
import { tasks, type Task } from "../../drizzle/schema";
import { columnsAsFields, fieldsOf } from "../db/columns-as-fields";
import type { DbOrTx } from "../db/client";
import type { JobFailure } from "../jobs/job-error";
import { clearJobError, setJobError } from "../jobs/job-error-columns";
import { scheduleIfAny, type ScheduledRecord } from "../jobs/scheduled-record";
import { liveNotice, liveNoticeIf } from "../live/live-notice";
import { countIntoRollups } from "../metrics/count-into-rollups";
import type { TaskFileContent } from "./handlers/task-handler";

/**
 * A task's state changes, each one statement that changes the row only from the state the
 * executor saw, so duplicates and races find nothing to change.
 */
export type TaskRef = { taskId: string; attempt: number };

const changed = async (db: DbOrTx, query: ReturnType<typeof sql>) => (await db.execute<{ ok: boolean }>(query)).rows[0]?.ok === true;

/**
 * Claims the attempt that follows the stored one without reading the task first, answering the
 * task as claimed: what nearly every command is, in one round trip.
 */
export async function claimNextTask(db: DbOrTx, ref: TaskRef): Promise<Task | undefined> {
  const { rows } = await db.execute<Record<string, unknown>>(
    sql`with claimed as (
      update tasks set status = 'running', attempts = ${ref.attempt}, ${clearJobError}, updated_at = now()
       where id = ${ref.taskId} and status in ('pending', 'retrying') and attempts = ${ref.attempt - 1}
      returning *)
    select ${columnsAsFields(tasks, "t", "task")}, ${liveNotice("tasks", ref.taskId)} from claimed t`,
  );
  return rows[0] && fieldsOf<Task>(rows[0], "task");
}

export function claimTask(db: DbOrTx, ref: TaskRef, seen: Pick<Task, "status" | "attempts">, newRun: boolean) {
  return changed(
    db,
    sql`with claimed as (
      update tasks set status = 'running', attempts = ${ref.attempt}, ${clearJobError}, updated_at = now(),
             run_start_attempt = case when ${newRun} then ${ref.attempt} else run_start_attempt end
       where id = ${ref.taskId} and status = ${seen.status} and attempts = ${seen.attempts}
      returning id)
    select exists (select 1 from claimed) as ok, ${liveNoticeIf("claimed", "tasks", ref.taskId)}`,
  );
}

/**
 * Stores the result, and for an export the file's description, with the completion; chunks no
 * longer part of the file (another attempt's, or past this attempt's last) go in the same statement.
 */
export function completeTask(db: DbOrTx, ref: TaskRef, result: Record<string, unknown>, file: TaskFileContent | undefined) {
  const storeFile = file
    ? sql`, stored as (
        insert into task_files (task_id, filename, content_type, attempt, chunk_count, bytes, row_count)
        select id, ${file.filename}, ${file.contentType}, ${file.attempt}, ${file.chunkCount}, ${file.bytes}, ${file.rowCount} from completed
        on conflict (task_id) do update set filename = excluded.filename, content_type = excluded.content_type,
          attempt = excluded.attempt, chunk_count = excluded.chunk_count, bytes = excluded.bytes, row_count = excluded.row_count),
      unused_chunks as (
        delete from task_file_chunks where task_id in (select id from completed)
           and (attempt <> ${file.attempt} or seq >= ${file.chunkCount}))`
    : sql``;
  return changed(
    db,
    sql`with completed as (
      update tasks set status = 'completed', result = ${JSON.stringify(result)}::jsonb, completed_at = now(), updated_at = now()
       where id = ${ref.taskId} and status = 'running' and attempts = ${ref.attempt}
      returning id)${storeFile},
    counted as (${countIntoRollups("tasks.completed", sql`completed`)})
    select exists (select 1 from completed) as ok, ${liveNoticeIf("completed", "tasks", ref.taskId)}`,
  );
}

export function scheduleTaskRetry(db: DbOrTx, ref: TaskRef, failure: JobFailure, retry: ScheduledRecord) {
  return changed(
    db,
    sql`with retrying as (
      update tasks set status = 'retrying', ${setJobError(failure)}, updated_at = now()
       where id = ${ref.taskId} and status = 'running' and attempts = ${ref.attempt}
      returning id),
    scheduled as (${scheduleIfAny(sql`retrying`, retry)})
    select exists (select 1 from retrying) as ok, ${liveNoticeIf("retrying", "tasks", ref.taskId)}`,
  );
}

export function failTask(db: DbOrTx, ref: TaskRef, failure: JobFailure) {
  return changed(
    db,
    sql`with failed as (
      update tasks set status = 'failed', ${setJobError(failure)}, updated_at = now()
       where id = ${ref.taskId} and status = 'running' and attempts = ${ref.attempt}
      returning id),
    discarded_chunks as (delete from task_file_chunks where task_id in (select id from failed)),
    counted as (${countIntoRollups("tasks.failed", sql`failed`)})
    select exists (select 1 from failed) as ok, ${liveNoticeIf("failed", "tasks", ref.taskId)}`,
  );
}
