import { ValidationError } from "../errors";
import { checkTarget, type OutboundPolicy } from "./outbound-policy";

/**
 * Outbound URLs are checked when the work is accepted too, so a workflow or task that could never
 * run is a 400 at its field (`steps.2.url`), not a dead letter later. Names are resolved only when
 * the call is made: what they point to may change until then.
 */
export function assertTargetsAllowed(targets: { path: string; url: unknown }[], policy: OutboundPolicy): void {
  const refused = targets.flatMap(({ path, url }) => {
    if (typeof url !== "string") return [];
    const checked = checkTarget(url, policy);
    return checked.ok ? [] : [{ path, message: checked.reason }];
  });
  if (refused.length > 0) throw new ValidationError("Request body is invalid", refused);
}
