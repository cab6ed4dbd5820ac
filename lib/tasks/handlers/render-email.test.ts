import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";

describe("renderEmail", () => {
  it("fills placeholders, escapes them in HTML and keeps unknown ones visible", () => {
    const rendered = renderEmail(
      {
        to: ["a@example.com"],
        subject: "Hi {{ name }}",
        text: "Hello {{name}}, your code is {{code}}; {{missing}}",
        html: "<p>Hello {{name}}</p>",
        variables: { name: "<Ada>", code: 42 },
      },
      "streamops@localhost",
    );
    expect(rendered.from).toBe("streamops@localhost");
    expect(rendered.subject).toBe("Hi <Ada>");
    expect(rendered.text).toBe("Hello <Ada>, your code is 42; {{missing}}");
    expect(rendered.html).toBe("<p>Hello &lt;Ada&gt;</p>");
  });

  it("keeps a variable from adding header lines to the subject", () => {
    const rendered = renderEmail({ to: [], subject: "{{v}}", text: "", variables: { v: "a\r\nBcc: evil@x" } }, "f@x");
    expect(rendered.subject).toBe("a Bcc: evil@x");
  });

  it("fills placeholders from the caller's own variables only, never from Object's", () => {
    const rendered = renderEmail({ to: [], subject: "{{constructor}}", text: "{{toString}} {{__proto__}}", variables: {} }, "f@x");
    expect(rendered.subject).toBe("{{constructor}}");
    expect(rendered.text).toBe("{{toString}} {{__proto__}}");
  });
});
