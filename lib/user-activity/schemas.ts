import { z } from "zod";

export const USER_ACTIVITY_SOURCE = "user-activity";
export const userActivityTypes = ["LOGIN", "LOGOUT", "PRODUCT_VIEW"] as const;

/** The Event-Driven Microservice contract (`POST /events/generate`), with its own messages. */
export const userActivityInputSchema = z.object({
  userId: z.string({ error: "userId is required and must be a string" }).min(1, {
    error: "userId is required and must be a string",
  }),
  eventType: z.enum(userActivityTypes, {
    error: `eventType is required and must be one of: ${userActivityTypes.join(", ")}`,
  }),
  payload: z.record(z.string(), z.unknown(), { error: "payload must be an object" }).default({}),
});

export type UserActivityInput = z.infer<typeof userActivityInputSchema>;
