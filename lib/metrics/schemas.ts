import { z } from "zod";

/** GET /api/metrics: the window, in minutes (default the last hour, at most a day). */
export const metricsQuerySchema = z.object({ minutes: z.coerce.number().int().min(2).max(24 * 60).default(60) });
