import type { DeadLetterAction, NewDeadLetterHistoryEntry } from "../../drizzle/schema";
import type { Actor } from "./actor";

export function historyEntry(
  deadLetterId: string,
  action: DeadLetterAction,
  actor: Actor,
  details: Record<string, unknown> = {},
): NewDeadLetterHistoryEntry {
  return {
    deadLetterId,
    action,
    actor: actor.name,
    requestId: actor.requestId,
    clientAddress: actor.clientAddress,
    details,
  };
}
