import { atRoot, insideJson, type FieldLocator, type FieldProblem } from "@/components/forms/field-problems";
import { parseJsonObject } from "@/components/forms/parse-json-object";
import type { ToBody } from "@/components/forms/api-resolver";
import type { priorities } from "@/lib/workflows/workflow-enums";
import type { CreateWorkflowInput } from "@/lib/workflows/schemas";

/** A step as typed: its type from the list, its options as JSON text (empty: the type's defaults). */
export type StepDraft = { type: string; options: string };

export type WorkflowFormValues = {
  name: string;
  priority: (typeof priorities)[number];
  steps: StepDraft[];
  /** The first step's data, as JSON text. */
  input: string;
};

export const emptyWorkflowForm: WorkflowFormValues = { name: "", priority: "medium", steps: [{ type: "validate", options: "" }], input: "{}" };

/** The request body: each step as `{ type, ...options }`, the input parsed. */
export const toWorkflowRequest: ToBody<WorkflowFormValues, CreateWorkflowInput> = (values) => {
  const problems: FieldProblem[] = [];
  const parse = (field: string, text: string) => {
    const parsed = parseJsonObject(text);
    if ("value" in parsed) return parsed.value;
    problems.push({ field, message: parsed.error });
    return {};
  };
  const steps = values.steps.map((step, index) => ({ ...parse(`steps.${index}.options`, step.options), type: step.type }));
  const input = parse("input", values.input);
  return { body: { name: values.name, priority: values.priority, steps, input }, problems };
};

const stepPath = /^steps\.(\d+)(?:\.(.+))?$/;

/** `steps.1.url` is the `url` option of the second step, so it belongs to that step's options text. */
export const locateWorkflowField: FieldLocator = (path, message) => {
  if (path === "name" || path === "priority") return { field: path, message };
  if (path === "input" || path.startsWith("input.")) return insideJson("input", path.slice("input.".length) || undefined, message);
  if (path === "steps" || path === "steps.root") return { field: "steps.root", message };
  const step = stepPath.exec(path);
  if (!step) return atRoot(path, message);
  const [, index, inner] = step;
  if (inner === undefined || inner === "type") return { field: `steps.${index}.type`, message };
  return insideJson(`steps.${index}.options`, inner, message);
};
