import { ValidationError } from "../errors";
import { isHostAllowed } from "./allowed-fetch";

/**
 * Outbound URLs are checked when the work is accepted too, so a workflow or task that could never
 * run is a 400 at its field (`steps.2.url`), not a dead letter later.
 */
export function assertHostsAllowed(targets: { path: string; url: unknown }[], allowedHosts: readonly string[]): void {
  const refused = targets.flatMap(({ path, url }) =>
    typeof url === "string" && !isHostAllowed(url, allowedHosts)
      ? [{ path, message: `host is not in HTTP_ALLOWED_HOSTS (${allowedHosts.join(", ") || "empty"})` }]
      : [],
  );
  if (refused.length > 0) throw new ValidationError("Request body is invalid", refused);
}
