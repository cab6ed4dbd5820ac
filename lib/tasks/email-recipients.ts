import { ValidationError } from "../errors";
import { isHostAllowed } from "../outbound/outbound-policy";

/**
 * Recipients whose domain is not in EMAIL_ALLOWED_DOMAINS (exact domains, `*.example.com` for
 * subdomains). An empty list allows every domain.
 */
export function refusedRecipients(to: readonly string[], allowedDomains: readonly string[]): { index: number; address: string }[] {
  if (allowedDomains.length === 0) return [];
  return to.flatMap((address, index) => (isHostAllowed(address.slice(address.lastIndexOf("@") + 1), allowedDomains) ? [] : [{ index, address }]));
}

/** At creation: a 400 naming each refused recipient (`data.to.1`), so such a task is never queued. */
export function assertRecipientsAllowed(to: readonly string[], allowedDomains: readonly string[]): void {
  const refused = refusedRecipients(to, allowedDomains);
  if (refused.length === 0) return;
  throw new ValidationError(
    "Request body is invalid",
    refused.map(({ index }) => ({ path: `data.to.${index}`, message: `the domain is not in EMAIL_ALLOWED_DOMAINS (${allowedDomains.join(", ")})` })),
  );
}
