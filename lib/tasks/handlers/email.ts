import { OutboundRefusedError } from "../../jobs/job-error";
import { refusedRecipients } from "../email-recipients";
import { emailDataSchema } from "../task-data-schemas";
import { renderEmail } from "./render-email";
import { defineTask } from "./task-handler";

export const emailTask = defineTask({
  type: "email",
  data: emailDataSchema,
  /**
   * Sends through SMTP when SMTP_URL is set; otherwise the rendered message is kept to inspect.
   * The recipients are checked again here: the allowlist may have narrowed since the task was accepted.
   */
  async run({ taskId, services }, data) {
    const refused = refusedRecipients(data.to, services.email.allowedDomains);
    if (refused.length > 0) {
      throw new OutboundRefusedError(`recipients outside EMAIL_ALLOWED_DOMAINS: ${refused.map(({ address }) => address).join(", ")}`);
    }
    const email = renderEmail(data, services.email.from);
    if (!services.sendMail) return { result: { delivered: false, reason: "SMTP_URL is not set", email } };
    const sent = await services.sendMail(email, taskId);
    return { result: { delivered: true, messageId: sent.messageId, email } };
  },
});
