/** Who asked for a change to a dead letter; written into its history. */
export type Actor = { name: string; requestId: string; clientAddress: string | null };
