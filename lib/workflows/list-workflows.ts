import { and, eq, gte, ilike, lte, sql } from "drizzle-orm";
import { workflowSteps, workflows } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { escapeLike } from "../db/escape-like";
import { toPage, type Page } from "../pagination/cursor";
import { newestFirst } from "../pagination/newest-first";
import type { WorkflowListQuery } from "./schemas";
import { workflowSummaryView, type WorkflowSummaryView } from "./workflow-view";

const likePattern = (text: string) => `%${escapeLike(text)}%`;

/** Workflows newest first, by keyset pagination on (created_at, id). */
export async function listWorkflows(db: DbOrTx, query: WorkflowListQuery): Promise<Page<WorkflowSummaryView>> {
  const page = newestFirst({ at: workflows.createdAt, id: workflows.id }, query.cursor);
  const rows = await db
    .select({
      workflow: workflows,
      currentStepName: sql<string | null>`(select ${workflowSteps.type} from ${workflowSteps}
        where ${workflowSteps.workflowId} = ${workflows.id} and ${workflowSteps.stepIndex} = ${workflows.currentStep})`,
    })
    .from(workflows)
    .where(
      and(
        query.status ? eq(workflows.status, query.status) : undefined,
        query.priority ? eq(workflows.priority, query.priority) : undefined,
        query.name ? ilike(workflows.name, likePattern(query.name)) : undefined,
        query.from ? gte(workflows.createdAt, new Date(query.from)) : undefined,
        query.to ? lte(workflows.createdAt, new Date(query.to)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return toPage(
    rows,
    query.limit,
    (row) => workflowSummaryView(row.workflow, row.currentStepName),
    (row) => ({ at: row.workflow.createdAt.toISOString(), id: row.workflow.id }),
  );
}
