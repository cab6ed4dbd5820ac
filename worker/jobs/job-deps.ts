import type { TopicContracts } from "../../lib/topics";
import type { StepServices } from "../../lib/workflows/steps/step-definition";
import type { TaskServices } from "../../lib/tasks/handlers/task-handler";
import type { BatchDeps } from "../batch-deps";

/** What running workflow steps and tasks needs from the worker around it. */
export type JobDeps = BatchDeps & {
  topics: TopicContracts;
  workerId: string;
  stepServices: StepServices;
  taskServices: TaskServices;
};
