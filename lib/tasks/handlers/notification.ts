import { callHttp } from "../../jobs/call-http";
import { notificationDataSchema } from "../task-data-schemas";
import { defineTask } from "./task-handler";

export const notificationTask = defineTask({
  type: "notification",
  data: notificationDataSchema,
  /** POSTs the payload as JSON to an allowlisted webhook; the task id is its idempotency key. */
  async run({ taskId, services, signal }, data) {
    const { payload, ...target } = data;
    const response = await callHttp(services.sendHttp, { ...target, method: "POST", body: payload, idempotencyKey: taskId }, signal);
    return { result: { response } };
  },
});
