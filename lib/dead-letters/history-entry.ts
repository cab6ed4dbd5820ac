import type { DeadLetterAction, NewDeadLetterHistoryEntry } from "../../drizzle/schema";
import type { Actor } from "../auth/actor";
import { principalName } from "../auth/principal";

export function historyEntry(
  deadLetterId: string,
  action: DeadLetterAction,
  actor: Actor,
  details: Record<string, unknown> = {},
): NewDeadLetterHistoryEntry {
  return {
    deadLetterId,
    action,
    actor: principalName(actor.principal),
    requestId: actor.requestId,
    clientAddress: actor.clientAddress,
    details,
  };
}
