import { Section } from "@/components/ui/section";
import type { RenderedEmail as Email } from "@/lib/tasks/handlers/render-email";

const isEmail = (value: unknown): value is Email =>
  typeof value === "object" && value !== null && typeof (value as Email).subject === "string" && typeof (value as Email).text === "string";

/**
 * The email as the task rendered it. Everything in it came from task data, which is untrusted:
 * the HTML part is shown as its source text and never rendered.
 */
export function RenderedEmail({ result }: { result: Record<string, unknown> | null }) {
  const email = result?.email;
  if (!isEmail(email)) return null;
  const rows: [string, string][] = [
    ["From", email.from],
    ["To", email.to.join(", ")],
    ["Subject", email.subject],
  ];
  return (
    <Section title="Rendered email">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd data-testid={`email-${label.toLowerCase()}`} className="break-all">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {result?.delivered === false ? <p className="text-xs text-slate-500">Not sent: {String(result.reason ?? "no mail server")}.</p> : null}
      <pre data-testid="email-text" className="max-h-80 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-sm dark:bg-slate-950">
        {email.text}
      </pre>
      {email.html === undefined ? null : (
        <>
          <h3 className="text-xs font-medium text-slate-500">HTML part, as source (not rendered: task data is untrusted)</h3>
          <pre data-testid="email-html" className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs dark:bg-slate-950">
            {email.html}
          </pre>
        </>
      )}
    </Section>
  );
}
