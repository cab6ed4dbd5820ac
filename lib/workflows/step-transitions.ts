import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { jobErrorText, type JobFailure } from "../jobs/job-error";
import { clearJobError, setJobError } from "../jobs/job-error-columns";
import { scheduleIfAny, type ScheduledRecord } from "../jobs/scheduled-record";
import { liveNotice, liveNoticeIf } from "../live/live-notice";
import { columnsAsFields, fieldsOf } from "../db/columns-as-fields";
import { workflowSteps, workflows, type Workflow, type WorkflowStep } from "../../drizzle/schema";
import type { StepState } from "./step-state";
import { countIntoRollups } from "../metrics/count-into-rollups";

/**
 * A step's state changes, each one statement (data-modifying CTEs), so a transition is atomic
 * without a transaction's extra round trips. Each changes the step only from the state the
 * executor saw (status and attempt), so a duplicate command or a concurrent cancel finds nothing
 * to change and the caller does nothing further.
 */
export type StepRef = { workflowId: string; stepIndex: number; attempt: number };

const stepWhere = (ref: StepRef) => sql`workflow_id = ${ref.workflowId} and step_index = ${ref.stepIndex}`;

const attemptWhere = (ref: StepRef) => sql`${stepWhere(ref)} and attempt = ${ref.attempt}`;

const firstRow = async <Row>(db: DbOrTx, query: ReturnType<typeof sql>) => (await db.execute<Row & Record<string, unknown>>(query)).rows[0];

type ClaimRun = { workerId: string; command: { topic: string; partition: number; offset: string }; replayedFrom?: string };
export type StepClaim = { claimed: boolean; started: boolean; state?: StepState };

/**
 * Marks the attempt running if the step is in the state `expected` names, and answers the step
 * and its workflow as claimed. `started` when this moved the workflow into processing.
 */
async function claimWhere(db: DbOrTx, ref: StepRef, expected: SQL, run: ClaimRun & { newRun: boolean }): Promise<StepClaim> {
  const { command } = run;
  const workflowStates = run.newRun ? sql`('pending', 'processing', 'failed')` : sql`('pending', 'processing')`;
  const row = await firstRow<{ started: boolean } & Record<string, unknown>>(
    db,
    sql`
    with claimed as (
      update workflow_steps s
         set status = 'running', attempts = ${ref.attempt}, started_at = now(), finished_at = null, wake_at = null, ${clearJobError},
             run_start_attempt = case when ${run.newRun} then ${ref.attempt} else s.run_start_attempt end
        from workflows w
       where s.workflow_id = ${ref.workflowId} and s.step_index = ${ref.stepIndex} and ${expected}
         and w.id = s.workflow_id and w.status in ${workflowStates}
      returning s.*),
    started as (
      update workflows set status = 'processing', error = null, completed_at = null, updated_at = now()
       where id = ${ref.workflowId} and status in ('pending', 'failed') and exists (select 1 from claimed)
      returning id),
    recorded as (
      insert into workflow_step_attempts
        (workflow_id, step_index, attempt, outcome, worker_id, command_topic, command_partition, command_offset, replayed_from)
      select workflow_id, ${ref.stepIndex}, ${ref.attempt}, 'running', ${run.workerId},
             ${command.topic}, ${command.partition}, ${command.offset}::bigint, ${run.replayedFrom ?? null}::uuid from claimed
      on conflict (workflow_id, step_index, attempt)
      do update set outcome = 'running', worker_id = excluded.worker_id, started_at = now(), finished_at = null, ${clearJobError},
                    command_topic = excluded.command_topic, command_partition = excluded.command_partition,
                    command_offset = excluded.command_offset)
    select ${columnsAsFields(workflowSteps, "s", "step")}, ${columnsAsFields(workflows, "w", "workflow")},
           exists (select 1 from started) as started, ${liveNotice("workflows", ref.workflowId)}
      from claimed s join workflows w on w.id = s.workflow_id`,
  );
  if (!row) return { claimed: false, started: false };
  return { claimed: true, started: row.started, state: { step: fieldsOf<WorkflowStep>(row, "step"), workflow: fieldsOf<Workflow>(row, "workflow") } };
}

/** Claims the attempt from the state the executor read. */
export const claimStep = (db: DbOrTx, ref: StepRef, seen: { status: string; attempts: number }, run: ClaimRun & { newRun: boolean }) =>
  claimWhere(db, ref, sql`s.status = ${seen.status} and s.attempts = ${seen.attempts}`, run);

/**
 * Claims the attempt that follows the stored one, without reading the step first: what nearly
 * every command is, in one round trip. Anything else claims nothing and takes the general path.
 */
export const claimNextStep = (db: DbOrTx, ref: StepRef, run: ClaimRun) =>
  claimWhere(db, ref, sql`s.status in ('pending', 'retrying') and s.attempts = ${ref.attempt - 1}`, { ...run, newRun: false });

export type Advanced = { status: string; current_step: number; step_count: number };

/** Records the step's output and moves the workflow on; answers nothing if the step was not its to finish. */
export async function completeStep(
  db: DbOrTx,
  ref: StepRef,
  output: Record<string, unknown>,
  result: Record<string, unknown> | undefined,
): Promise<Advanced | undefined> {
  const outputJson = JSON.stringify(output);
  const resultJson = result === undefined ? null : JSON.stringify(result);
  return firstRow<Advanced>(
    db,
    sql`
    with done as (
      update workflow_steps set status = 'completed', finished_at = now(), wake_at = null, ${clearJobError}, output = ${outputJson}::jsonb
       where ${stepWhere(ref)} and attempts = ${ref.attempt} and status in ('running', 'waiting')
      returning workflow_id),
    recorded as (
      update workflow_step_attempts set outcome = 'completed', finished_at = now()
       where ${attemptWhere(ref)} and exists (select 1 from done)),
    advanced as (
    update workflows w
       set data = ${outputJson}::jsonb,
           result = case when ${resultJson}::jsonb is null then w.result else coalesce(w.result, '{}'::jsonb) || ${resultJson}::jsonb end,
           current_step = ${ref.stepIndex} + 1,
           status = case when ${ref.stepIndex} + 1 >= w.step_count then 'completed' else w.status end,
           completed_at = case when ${ref.stepIndex} + 1 >= w.step_count then now() end,
           updated_at = now()
     where w.id = ${ref.workflowId} and w.status = 'processing' and exists (select 1 from done)
    returning w.status, w.current_step, w.step_count),
    steps_counted as (${countIntoRollups("workflow_steps.completed", sql`advanced`)}),
    workflows_counted as (${countIntoRollups("workflows.completed", sql`advanced where status = 'completed'`)})
    select status, current_step, step_count, ${liveNotice("workflows", ref.workflowId)} from advanced`,
  );
}

/**
 * Ends a running attempt without ending the step, and schedules the command that continues it:
 * the step's and the attempt row's new columns differ, the rest is one statement.
 */
async function parkStep(db: DbOrTx, ref: StepRef, sets: { step: SQL; attempt: SQL }, next: ScheduledRecord): Promise<boolean> {
  const row = await firstRow<{ ok: boolean }>(
    db,
    sql`
    with parked as (
      update workflow_steps set ${sets.step}
       where ${stepWhere(ref)} and attempts = ${ref.attempt} and status = 'running'
      returning workflow_id),
    recorded as (
      update workflow_step_attempts set ${sets.attempt} where ${attemptWhere(ref)} and exists (select 1 from parked)),
    scheduled as (${scheduleIfAny(sql`parked`, next)})
    select exists (select 1 from parked) as ok, ${liveNoticeIf("parked", "workflows", ref.workflowId)}`,
  );
  return row?.ok === true;
}

/** Puts a running step to sleep and schedules its own command to wake it. */
export const sleepStep = (db: DbOrTx, ref: StepRef, wake: ScheduledRecord) =>
  parkStep(db, ref, { step: sql`status = 'waiting', wake_at = ${wake.dueAt.toISOString()}::timestamptz`, attempt: sql`outcome = 'waiting'` }, wake);

/** Records a failed attempt and schedules the next one. */
export const scheduleStepRetry = (db: DbOrTx, ref: StepRef, failure: JobFailure, retry: ScheduledRecord) =>
  parkStep(
    db,
    ref,
    {
      step: sql`status = 'retrying', ${setJobError(failure)}, finished_at = now()`,
      attempt: sql`outcome = 'failed', finished_at = now(), ${setJobError(failure)}`,
    },
    retry,
  );

/** Records the last failed attempt: the step and its workflow fail. */
export async function failStep(db: DbOrTx, ref: StepRef, failure: JobFailure, stepName: string): Promise<boolean> {
  const summary = `step ${ref.stepIndex} (${stepName}): ${jobErrorText(failure)}`;
  const row = await firstRow<{ ok: boolean }>(
    db,
    sql`
    with failed as (
      update workflow_steps set status = 'failed', ${setJobError(failure)}, finished_at = now()
       where ${stepWhere(ref)} and attempts = ${ref.attempt} and status = 'running'
      returning workflow_id),
    recorded as (
      update workflow_step_attempts set outcome = 'failed', finished_at = now(), ${setJobError(failure)}
       where ${attemptWhere(ref)} and exists (select 1 from failed)),
    workflow as (
      update workflows set status = 'failed', error = ${summary}, updated_at = now()
       where id = ${ref.workflowId} and status = 'processing' and exists (select 1 from failed)
      returning id),
    counted as (${countIntoRollups("workflows.failed", sql`workflow`)})
    select exists (select 1 from failed) as ok, ${liveNoticeIf("failed", "workflows", ref.workflowId)}`,
  );
  return row?.ok === true;
}
