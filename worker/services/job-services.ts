import type { Db } from "../../lib/db/client";
import { SCHEMA_VERSION } from "../../lib/events/envelope";
import { exportLimitsFrom } from "../../lib/events/export-file";
import { emittedByRequestId } from "../../lib/events/event-lineage";
import { stableUuid } from "../../lib/jobs/stable-uuid";
import type { EventProducer } from "../../lib/kafka/event-producer";
import { outboundPolicy } from "../../lib/outbound/outbound-policy";
import { createOutboundClient } from "../../lib/outbound/send-outbound";
import type { TaskServices } from "../../lib/tasks/handlers/task-handler";
import type { StepServices } from "../../lib/workflows/steps/step-definition";
import type { TopicContracts } from "../../lib/topics";
import { WORKFLOW_SOURCE } from "../../lib/topics/workflows";
import { workerConfig } from "../config";
import type { WorkerEnv } from "../env";
import { createBoundedSchemaCheck } from "./bounded-schema-check";
import { createSmtpMailer } from "./smtp-mailer";

/** What steps and task handlers may reach outside themselves, as this worker's config allows. */
export function createJobServices(env: WorkerEnv, db: Db, producer: EventProducer, events: TopicContracts["events"]) {
  const sendHttp = createOutboundClient(outboundPolicy(env));
  const checkJsonSchema = createBoundedSchemaCheck({ timeMs: workerConfig.schemaCheckBudgetMs, heapMb: workerConfig.schemaCheckHeapMb });
  checkJsonSchema.warmUp();
  const stepServices: StepServices = {
    sendHttp,
    checkJsonSchema,
    async emit({ idempotencyKey, ...event }) {
      const eventId = stableUuid(`emit:${idempotencyKey}`);
      const message = events.message({ ...event, eventId, timestamp: new Date().toISOString(), source: WORKFLOW_SOURCE, schemaVersion: SCHEMA_VERSION });
      // The request id names the emitting step, so the event's lineage leads back to its workflow.
      await events.publish(producer, [message], { requestId: emittedByRequestId(idempotencyKey) });
      return eventId;
    },
  };
  const taskServices: TaskServices = {
    db,
    sendHttp,
    email: { from: env.EMAIL_FROM, allowedDomains: env.EMAIL_ALLOWED_DOMAINS },
    sendMail: env.SMTP_URL ? createSmtpMailer(env.SMTP_URL) : undefined,
    exportLimits: exportLimitsFrom(env),
  };
  return { stepServices, taskServices };
}
