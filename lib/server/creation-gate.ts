import "server-only";
import { webEnv } from "../env/web-env";
import { AdmissionGate } from "../http/admission-gate";
import { singleton } from "./singleton";

/**
 * How long a queued creation waits for its turn before it is refused, and the refusal's Retry-After:
 * past capacity a client hears 503 within about a second, long before it could give up on the
 * request and be left not knowing whether its job exists.
 */
const MAX_WAIT_MS = 1000;

/**
 * Workflow and task creations share one bound: both are a Kafka publish and a short store, and the
 * bound keeps them from taking all of this process's CPU and database connections from reads.
 */
export const creationGate = () =>
  singleton("creationGate", () => {
    const env = webEnv();
    return new AdmissionGate({ maxInFlight: env.CREATE_MAX_IN_FLIGHT, maxWaiting: env.CREATE_MAX_WAITING, maxWaitMs: MAX_WAIT_MS });
  });
