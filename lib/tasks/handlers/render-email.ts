export type EmailTemplate = {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  variables: Record<string, string | number | boolean>;
};

export type RenderedEmail = { to: string[]; from: string; subject: string; text: string; html?: string };

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/**
 * Fills `{{name}}` placeholders; the sender is the server's (EMAIL_FROM), never the caller's. from the variables. Values are untrusted: in HTML they are escaped,
 * and a placeholder without a value is left visible rather than silently dropped.
 */
export function renderEmail(template: EmailTemplate, from: string): RenderedEmail {
  const fill = (text: string, escape: (value: string) => string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(template.variables, name) ? escape(String(template.variables[name])) : whole));
  return {
    to: template.to,
    from,
    subject: fill(template.subject, (value) => value.replace(/[\r\n]+/g, " ")),
    text: fill(template.text, (value) => value),
    ...(template.html === undefined ? {} : { html: fill(template.html, escapeHtml) }),
  };
}
