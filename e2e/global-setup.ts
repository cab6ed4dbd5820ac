import { e2eEnv } from "./e2e-env";

/** The suite writes rows and topics freely, so it refuses any database that is not on this machine. */
export default function globalSetup() {
  const { hostname } = new URL(e2eEnv().databaseUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(hostname)) {
    throw new Error(`e2e tests refuse the non-local database host ${hostname}`);
  }
}
