import { z } from "zod";

/** How much one web process reads and takes on; read by Next.js' routes and by server.ts alike. */
export const requestLimitsShape = {
  /** Largest request body the API reads; also the batch limit (1 MiB). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /**
   * Workflow and task creations running at once in this process. A creation waits on Kafka's
   * acknowledgement holding no database connection and then stores in one short transaction, so
   * this may be far above the pool's 10: a creation takes ~20–100 ms under load, and 300 a second
   * at 100 ms is 30 at once (Little's law), doubled for bursts. More would only queue on the pool
   * and the CPU, and those queues answer late rather than 503 at once.
   */
  CREATE_MAX_IN_FLIGHT: z.coerce.number().int().positive().default(64),
  /**
   * Creations that may queue behind those, each for up to a second: about what one process accepts
   * in that second, so a burst is smoothed rather than refused; past this, 503 with Retry-After at once.
   */
  CREATE_MAX_WAITING: z.coerce.number().int().min(0).default(256),
};
