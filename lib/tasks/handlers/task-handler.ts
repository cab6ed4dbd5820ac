import type { z } from "zod";
import type { TaskType } from "../task-enums";
import type { DbOrTx } from "../../db/client";
import type { OutboundClient } from "../../outbound/send-outbound";
import type { ExportLimits } from "../../events/export-file";
import type { RenderedEmail } from "./render-email";

export type TaskServices = {
  db: DbOrTx;
  /** Calls out as the outbound policy allows (lib/outbound); refusals are non-retryable. */
  sendHttp: OutboundClient;
  /** The sender (EMAIL_FROM) and the domains recipients must be in (EMAIL_ALLOWED_DOMAINS; empty: any). */
  email: { from: string; allowedDomains: readonly string[] };
  /** Present when SMTP_URL is set. */
  sendMail?: (email: RenderedEmail, idempotencyKey: string) => Promise<{ messageId: string }>;
  exportLimits: ExportLimits;
};

export type TaskContext = { taskId: string; attempt: number; services: TaskServices; signal: AbortSignal };

/** A written file's description; its content is already stored, chunk by chunk, by the attempt named. */
export type TaskFileContent = { filename: string; contentType: string; attempt: number; chunkCount: number; bytes: number; rowCount: number };

export type TaskOutcome = { result: Record<string, unknown>; file?: TaskFileContent };

/** One task type: the shape of its `data` and the work it does. */
export type TaskHandler<Data = unknown> = {
  type: TaskType;
  data: z.ZodType<Data>;
  run: (context: TaskContext, data: Data) => Promise<TaskOutcome>;
};

export const defineTask = <Data>(handler: TaskHandler<Data>): TaskHandler<Data> => handler;
