import { z } from "zod";
import { defineStep } from "./step-definition";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export const delayStep = defineStep({
  type: "delay",
  summary: "Waits `ms` milliseconds (default 1000) without holding a worker or a partition.",
  options: z.strictObject({ ms: z.number().int().min(0).max(WEEK_MS).default(1000) }),
  async run({ data, resumedAt }, { ms }) {
    if (resumedAt || ms === 0) return { kind: "done", output: data };
    return { kind: "wait", until: new Date(Date.now() + ms) };
  },
});
