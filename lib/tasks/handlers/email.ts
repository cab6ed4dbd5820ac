import { z } from "zod";
import { renderEmail } from "./render-email";
import { defineTask } from "./task-handler";

/** HTML5's rule: it admits local names such as streamops@localhost, which test and internal mail use. */
const address = z.email({ pattern: z.regexes.html5Email });

export const emailTask = defineTask({
  type: "email",
  data: z.strictObject({
    to: z.union([address.transform((one) => [one]), z.array(address).min(1).max(50)]),
    from: address.default("streamops@localhost"),
    subject: z.string().min(1).max(500),
    /** The plain-text body; `{{name}}` placeholders are filled from `variables`. */
    text: z.string().max(100_000),
    html: z.string().max(200_000).optional(),
    variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  }),
  /** Sends through SMTP when SMTP_URL is set; otherwise the rendered message is kept to inspect. */
  async run({ taskId, services }, data) {
    const email = renderEmail(data);
    if (!services.sendMail) return { result: { delivered: false, reason: "SMTP_URL is not set", email } };
    const sent = await services.sendMail(email, taskId);
    return { result: { delivered: true, messageId: sent.messageId, email } };
  },
});
