import { randomUUID } from "node:crypto";
import type { Actor } from "./actor";

/** The actor for changes made from this machine's shell or at start-up, named by the command. */
export const systemActor = (command: string): Actor => ({
  principal: { type: "system", id: command },
  requestId: randomUUID(),
  clientAddress: null,
});
