"use client";

import { PagedList } from "@/components/ui/paged-list";
import { TableHead } from "@/components/ui/table-head";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import type { WorkflowSummaryView } from "@/lib/workflows/workflow-view";
import { WorkflowRow } from "./workflow-row";
import { workflowListKey, workflowListUrl, type WorkflowFilter } from "./workflow-queries";

export function WorkflowsList({ filter }: { filter: WorkflowFilter }) {
  const list = usePagedQuery<WorkflowSummaryView>(workflowListKey(filter), workflowListUrl(filter));
  const filtered = Object.keys(filter).length > 0;
  return (
    <section className="space-y-4">
      <PagedList
        list={list}
        noun="workflows"
        empty={filtered ? "No workflow matches this filter." : "No workflow yet. Create one: its steps run in the background, one after another."}
      >
        {(workflows) => (
          <table className="w-full text-left text-sm">
            <TableHead columns={["Name", "Status", "Priority", "Current step", "Created"]} />
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {workflows.map((workflow) => (
                <WorkflowRow key={workflow.workflowId} workflow={workflow} />
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </section>
  );
}
