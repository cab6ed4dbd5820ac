import { z } from "zod";
import { callHttp } from "../../jobs/call-http";
import { httpTargetShape } from "../../jobs/http-target";
import { defineStep } from "./step-definition";

export const httpStep = defineStep({
  type: "http",
  summary: "Sends the data as JSON to `url` (an allowlisted host); the answer is added as `response`.",
  options: z.strictObject({
    ...httpTargetShape,
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).default("POST"),
  }),
  async run({ data, idempotencyKey, services, signal }, options) {
    const response = await callHttp(services.sendHttp, { ...options, body: data, idempotencyKey }, signal);
    return { kind: "done", output: { ...data, response } };
  },
});
