import { z } from "zod";
import { eventTypeSchema } from "../events/envelope";

/** GET /api/metrics: the window in minutes (default the last hour, at most a day), optionally one event type. */
export const metricsQuerySchema = z.object({
  minutes: z.coerce.number().int().min(2).max(24 * 60).default(60),
  eventType: eventTypeSchema.optional(),
});
export type MetricsQuery = z.infer<typeof metricsQuerySchema>;
