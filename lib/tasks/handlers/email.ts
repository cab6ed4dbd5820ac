import { emailDataSchema } from "../task-data-schemas";
import { renderEmail } from "./render-email";
import { defineTask } from "./task-handler";

export const emailTask = defineTask({
  type: "email",
  data: emailDataSchema,
  /** Sends through SMTP when SMTP_URL is set; otherwise the rendered message is kept to inspect. */
  async run({ taskId, services }, data) {
    const email = renderEmail(data);
    if (!services.sendMail) return { result: { delivered: false, reason: "SMTP_URL is not set", email } };
    const sent = await services.sendMail(email, taskId);
    return { result: { delivered: true, messageId: sent.messageId, email } };
  },
});
