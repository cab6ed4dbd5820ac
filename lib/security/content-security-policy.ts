/**
 * The pages' policy: scripts only from this origin or carrying this response's nonce (so injected
 * markup cannot run script), no plugins, no framing, forms and connections to this origin only.
 * Inline style attributes stay allowed: Radix positions popovers with them, and styles cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API responses are data, never documents: nothing in them may load or run. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
