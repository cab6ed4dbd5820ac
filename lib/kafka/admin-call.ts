import { UnavailableError } from "../errors";
import { withTimeout } from "../with-timeout";

const ADMIN_TIMEOUT_MS = 5000;

/**
 * Runs an admin request against Kafka within a bounded time; a broker that is down or slow is
 * the service being unavailable (503), not a fault of ours (500).
 */
export async function adminCall<T>(call: () => Promise<T>, timeoutMs = ADMIN_TIMEOUT_MS): Promise<T> {
  try {
    return await withTimeout(call(), timeoutMs, `Kafka did not answer within ${timeoutMs} ms`);
  } catch (error) {
    const name = (error as Error).name ?? "";
    if (name.startsWith("KafkaJS") || (error as Error).message.startsWith("Kafka did not answer")) {
      const unavailable = new UnavailableError("Kafka is not reachable");
      unavailable.cause = error;
      throw unavailable;
    }
    throw error;
  }
}
