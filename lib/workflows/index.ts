export { cancelWorkflow } from "./cancel-workflow";
export { createWorkflow } from "./create-workflow";
export { getWorkflow } from "./get-workflow";
export { listWorkflows } from "./list-workflows";
export { retryWorkflow } from "./retry-workflow";
export { createWorkflowSchema, workflowListQuerySchema } from "./schemas";
export type { WorkflowSummaryView, WorkflowView } from "./workflow-view";
