import { z } from "zod";

/** Parses `process.env` once and fails fast with a message that names every bad variable. */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  source: Record<string, string | undefined> = process.env,
): z.infer<Schema> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.join(".") || "(environment)"}: ${issue.message}`,
  );
  throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
}
