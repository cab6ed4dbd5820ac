export { createTask } from "./create-task";
export { getTask, getTaskFile } from "./get-task";
export { readTaskFileChunks } from "./task-file-chunks";
export { listTasks } from "./list-tasks";
export { createTaskSchema, taskListQuerySchema } from "./schemas";
export type { TaskView } from "./task-view";
