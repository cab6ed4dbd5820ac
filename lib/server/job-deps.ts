import "server-only";
import { webEnv } from "../env/web-env";
import { outboundPolicy } from "../outbound/outbound-policy";
import { db } from "./db";
import { eventProducer } from "./kafka";
import { singleton } from "./singleton";
import { taskQuota } from "./task-quota";
import { webTopicContracts } from "./topics";

const policy = () => singleton("outboundPolicy", () => outboundPolicy(webEnv()));

/** The database, producer and topics the workflow and task actions run with in the web app, the outbound policy and mail domains they check task data against, and the task quota. */
export const jobDeps = () => ({ db: db(), producer: eventProducer(), topics: webTopicContracts(), outbound: policy(), emailDomains: webEnv().EMAIL_ALLOWED_DOMAINS, taskQuota: taskQuota() });
