import { z } from "zod";
import { NonRetryableError } from "../../jobs/job-error";
import { defineStep } from "./step-definition";

/**
 * A JSON Schema, checked for shape when the workflow is created (in the browser too, so without
 * compiling it) so a broken schema is a 400, not a failed run.
 */
const jsonSchemaOption = z.record(z.string(), z.unknown()).check((context) => {
  try {
    z.fromJSONSchema(context.value);
  } catch (error) {
    context.issues.push({ code: "custom", input: context.value, message: `not a usable JSON Schema: ${(error as Error).message}` });
  }
});

export const validateStep = defineStep({
  type: "validate",
  summary: "Checks the data against a JSON Schema (default: any JSON object).",
  options: z.strictObject({ schema: jsonSchemaOption.default({ type: "object" }) }),
  async run({ data, services }, { schema }) {
    const problems = await services.checkJsonSchema(schema, data);
    if (problems.length > 0) throw new NonRetryableError(`data does not match the schema: ${problems.join("; ")}`);
    return { kind: "done", output: data };
  },
});
