import { z } from "zod";
import { dottedPathSchema as path, readPath, writePath } from "./json-path";
import { defineStep, type JsonObject } from "./step-definition";

export const transformStep = defineStep({
  type: "transform",
  summary: "Reshapes the data: `map` copies source paths to target paths, `set` writes constants.",
  options: z.strictObject({
    /** target path → source path. */
    map: z.record(path, path).default({}),
    set: z.record(path, z.json()).default({}),
    /** Start from a copy of the data (default) or from an empty object. */
    keep: z.boolean().default(true),
  }),
  async run({ data }, options) {
    const output: JsonObject = options.keep ? structuredClone(data) : Object.create(null);
    for (const [target, source] of Object.entries(options.map)) {
      const value = readPath(data, source);
      if (value !== undefined) writePath(output, target, value);
    }
    for (const [target, value] of Object.entries(options.set)) writePath(output, target, value);
    return { kind: "done", output };
  },
});
