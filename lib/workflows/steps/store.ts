import { z } from "zod";
import { defineStep } from "./step-definition";

export const storeStep = defineStep({
  type: "store",
  summary: "Persists the data as the workflow's result (under `key` when given).",
  options: z.strictObject({ key: z.string().min(1).max(200).optional() }),
  async run({ data }, { key }) {
    return { kind: "done", output: data, result: key ? { [key]: data } : data };
  },
});
