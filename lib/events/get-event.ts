import { eq } from "drizzle-orm";
import { z } from "zod";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { NotFoundError } from "../errors";
import { processedEventView, type ProcessedEventView } from "./event-view";

export async function getEvent(db: DbOrTx, eventId: string): Promise<ProcessedEventView> {
  if (!z.uuid().safeParse(eventId).success) throw new NotFoundError(`No processed event ${eventId}`);
  const [row] = await db.select().from(processedEvents).where(eq(processedEvents.eventId, eventId));
  if (!row) throw new NotFoundError(`No processed event ${eventId}`);
  return processedEventView(row);
}
