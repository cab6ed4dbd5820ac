import { z } from "zod";
import { auditOutcomes } from "../../drizzle/schema/audit-log";

/** The actions written to the audit log; the page's action filter offers these. */
export const auditActions = [
  "dead_letter.replay",
  "dead_letter.bulk_replay",
  "dead_letter.discard",
  "workflow.create",
  "workflow.cancel",
  "workflow.retry",
  "task.create",
  "stream.produce",
  "api_key.create",
  "api_key.revoke",
  "user.create",
  "user.update",
  "user.sign_in",
  "authorization",
] as const;

export type AuditAction = (typeof auditActions)[number];

export const auditListQuerySchema = z.object({
  action: z.enum(auditActions).optional(),
  outcome: z.enum(auditOutcomes).optional(),
  actor: z.string().trim().min(1).max(300).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
