import { parseArgs } from "node:util";
import type { z } from "zod";
import { toFieldErrors } from "../lib/errors";

/** `--name value` options of an npm script; any problem ends the command with the usage line. */
export function cliOptions<Names extends string>(names: readonly Names[], usage: string): Partial<Record<Names, string>> {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
    });
    return values as Partial<Record<Names, string>>;
  } catch (error) {
    fail(`${(error as Error).message}\nusage: ${usage}`);
  }
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The options checked by the API's own schema; each problem is named by its option (`--scopes`, `--expires-in-days` for `expiresInDays`). */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, input: unknown, usage: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const optionOf = (path: string) => path.split(".")[0]!.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const problems = toFieldErrors(parsed.error).map((problem) => `--${optionOf(problem.path)}: ${problem.message}`);
  fail(`${problems.join("\n")}\nusage: ${usage}`);
}
