import "server-only";
import { webEnv } from "../env/web-env";
import { AdmissionGate } from "../http/admission-gate";
import { singleton } from "./singleton";

/** Well inside the pool's own 5 s connection wait: a queued creation is refused before that fails. */
const MAX_WAIT_MS = 2000;

/** Workflow and task creations share one bound: both hold a database connection while Kafka acknowledges. */
export const creationGate = () =>
  singleton("creationGate", () => {
    const env = webEnv();
    return new AdmissionGate({ maxInFlight: env.CREATE_MAX_IN_FLIGHT, maxWaiting: env.CREATE_MAX_WAITING, maxWaitMs: MAX_WAIT_MS });
  });
