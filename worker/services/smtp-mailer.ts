import nodemailer from "nodemailer";
import type { RenderedEmail } from "../../lib/tasks/handlers/render-email";
import { NonRetryableError } from "../../lib/jobs/job-error";

/** Sends rendered emails through the SMTP server at SMTP_URL (smtp://user:pass@host:port). */
export function createSmtpMailer(smtpUrl: string) {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (email: RenderedEmail, idempotencyKey: string) => {
    try {
      // Task data is untrusted: nothing in a message may make nodemailer read a file or fetch a URL.
      const info = await transport.sendMail({ ...email, messageId: `<${idempotencyKey}@streamops>`, disableFileAccess: true, disableUrlAccess: true });
      return { messageId: info.messageId };
    } catch (error) {
      // A 5xx reply is the server refusing this message for good; anything else may pass later.
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new NonRetryableError(`SMTP refused the message: ${(error as Error).message}`);
      throw error;
    }
  };
}
