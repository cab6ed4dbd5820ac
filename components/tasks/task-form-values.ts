import type { ToBody } from "@/components/forms/api-resolver";
import { atRoot, insideJson, type FieldLocator, type FieldProblem } from "@/components/forms/field-problems";
import { parseJsonObject } from "@/components/forms/parse-json-object";
import type { TaskType } from "@/lib/tasks/task-enums";
import type { CreateTaskInput } from "@/lib/tasks/schemas";

export type TaskFormValues = {
  type: TaskType;
  /** The task's data, as JSON text. */
  data: string;
  /** Unset: the default retry policy's. */
  maxRetries?: number;
};

const json = (value: object) => JSON.stringify(value, null, 2);

/** A starting point for each type's data, filled in when the type is chosen. */
export const dataTemplates: Record<TaskType, string> = {
  email: json({ to: "ops@example.com", subject: "Hello {{name}}", text: "Hi {{name}}, this is StreamOps.", variables: { name: "Ada" } }),
  notification: json({ url: "http://127.0.0.1:8080/hook", payload: { message: "hello" } }),
  export: json({ filter: {}, format: "csv" }),
};

export const dataHints: Record<TaskType, string> = {
  email: "to (up to 10), subject and text; optional html, and variables for {{name}} placeholders. The sender is the server's.",
  notification: "url (a host on the allowlist); optional payload, headers and timeoutMs.",
  export: "filter { type, key, from, to } over processed events; format csv or json.",
};

export const emptyTaskForm: TaskFormValues = { type: "email", data: dataTemplates.email };

export const toTaskRequest: ToBody<TaskFormValues, CreateTaskInput> = (values) => {
  const problems: FieldProblem[] = [];
  const parsed = parseJsonObject(values.data);
  if ("error" in parsed) problems.push({ field: "data", message: parsed.error });
  const data = "value" in parsed ? parsed.value : {};
  // The shape of `data` is for createTaskSchema to judge, next.
  const body = { type: values.type, data, ...(values.maxRetries === undefined ? {} : { maxRetries: values.maxRetries }) } as CreateTaskInput;
  return { body, problems };
};

/** `data.subject` is the `subject` inside the data text. */
export const locateTaskField: FieldLocator = (path, message) => {
  if (path === "type" || path === "maxRetries") return { field: path, message };
  if (path === "data" || path.startsWith("data.")) return insideJson("data", path.slice("data.".length) || undefined, message);
  return atRoot(path, message);
};
