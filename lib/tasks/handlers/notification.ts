import { z } from "zod";
import { payloadSchema } from "../../events/envelope";
import { callHttp } from "../../jobs/call-http";
import { httpTargetShape } from "../../jobs/http-target";
import { defineTask } from "./task-handler";

export const notificationTask = defineTask({
  type: "notification",
  data: z.strictObject({ ...httpTargetShape, payload: payloadSchema.default({}) }),
  /** POSTs the payload as JSON to an allowlisted webhook; the task id is its idempotency key. */
  async run({ taskId, services, signal }, data) {
    const { payload, ...target } = data;
    const response = await callHttp(services.fetchAllowed, { ...target, method: "POST", body: payload, idempotencyKey: taskId }, signal);
    return { result: { response } };
  },
});
