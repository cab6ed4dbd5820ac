import { parseArgs } from "node:util";

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
