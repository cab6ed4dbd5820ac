import { eq } from "drizzle-orm";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { eventLineage } from "./event-lineage";
import { processedEventView } from "./event-view";

/** One processed event with its lineage (the workflow step that emitted it, the dead letters it went through). */
export async function getEvent(db: DbOrTx, eventId: string) {
  assertKnownIdShape(eventId, "processed event");
  const [row] = await db.select().from(processedEvents).where(eq(processedEvents.eventId, eventId));
  if (!row) throw new NotFoundError(`No processed event ${eventId}`);
  return { ...processedEventView(row), lineage: await eventLineage(db, row) };
}
