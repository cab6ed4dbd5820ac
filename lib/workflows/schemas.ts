import { z } from "zod";
import { priorities, workflowStatuses } from "./workflow-enums";
import { payloadSchema } from "../events/envelope";
import { retryPolicySchema } from "../jobs/retry-policy";
import { stepRegistry, stepTypes } from "./steps";

export type StepSpec = { type: string; options: Record<string, unknown> };

/** A step is a registered name, or `{ type, ...options }`; either way it leaves with its options filled in. */
const stepInputSchema = z
  .union([z.string(), z.looseObject({ type: z.string() })], { error: 'a step name, or an object { "type": ..., ...options }' })
  .transform((step, context): StepSpec => {
    const { type, ...options } = typeof step === "string" ? { type: step } : step;
    const definition = stepRegistry.get(type);
    if (!definition) {
      context.issues.push({
        code: "custom",
        input: type,
        path: typeof step === "string" ? [] : ["type"],
        message: `unknown step "${type}"; known steps: ${stepTypes.join(", ")}`,
      });
      return z.NEVER;
    }
    const parsed = definition.options.safeParse(options);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.issues.push({ ...issue, input: undefined });
      return z.NEVER;
    }
    return { type, options: parsed.data as Record<string, unknown> };
  });

export const MAX_STEPS = 50;

export const createWorkflowSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  steps: z.array(stepInputSchema).min(1).max(MAX_STEPS),
  priority: z.enum(priorities).default("medium"),
  /** The first step's data. */
  input: payloadSchema.default({}),
  retry: retryPolicySchema.default(retryPolicySchema.parse({})),
  metadata: z.record(z.string().max(100), z.string().max(500)).optional(),
});
export type CreateWorkflowInput = z.input<typeof createWorkflowSchema>;
export type NewWorkflowSpec = z.infer<typeof createWorkflowSchema>;

export const workflowListQuerySchema = z.object({
  status: z.enum(workflowStatuses).optional(),
  priority: z.enum(priorities).optional(),
  /** Case-insensitive substring of the name. */
  name: z.string().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type WorkflowListQuery = z.infer<typeof workflowListQuerySchema>;
