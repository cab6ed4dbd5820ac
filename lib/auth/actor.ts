import type { Principal } from "./principal";

/** Who made a change, and through which request: written to histories and the audit log. */
export type Actor = { principal: Principal; requestId: string; clientAddress: string | null };
