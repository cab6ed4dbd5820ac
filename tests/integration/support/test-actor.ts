import type { Actor } from "../../../lib/auth/actor";

/** The operator integration tests act as; its changes are audited like anyone's. */
export const testActor: Actor = {
  principal: { type: "user", id: "00000000-0000-4000-8000-000000000001", email: "integration-test@streamops.local", role: "operator" },
  requestId: "integration-test",
  clientAddress: null,
};
