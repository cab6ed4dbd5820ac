import type { TaskType } from "../task-enums";
import { emailTask } from "./email";
import { exportTask } from "./export";
import { notificationTask } from "./notification";
import type { TaskHandler } from "./task-handler";

/** Every task type's handler, by type. */
export const taskHandlers = { email: emailTask, notification: notificationTask, export: exportTask } as Record<TaskType, TaskHandler>;
