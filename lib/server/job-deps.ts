import "server-only";
import { webEnv } from "../env/web-env";
import { db } from "./db";
import { eventProducer } from "./kafka";
import { topics } from "./topics";

/** The database, producer and topics the workflow and task actions run with in the web app. */
export const jobDeps = () => ({ db: db(), producer: eventProducer(), topics: topics(), allowedHosts: webEnv().HTTP_ALLOWED_HOSTS });
