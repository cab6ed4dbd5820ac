import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { assertRecipientsAllowed, refusedRecipients } from "./email-recipients";

describe("refusedRecipients", () => {
  it("allows every domain when no list is set", () => {
    expect(refusedRecipients(["a@anywhere.test", "b@localhost"], [])).toEqual([]);
  });

  it("allows listed domains and subdomains of wildcard entries, in any case", () => {
    const allowed = ["example.com", "*.corp.example"];
    expect(refusedRecipients(["a@example.com", "b@EXAMPLE.COM", "c@mail.corp.example"], allowed)).toEqual([]);
    expect(refusedRecipients(["a@sub.example.com", "b@corp.example", "c@example.com.evil.test", "d@evilexample.com"], allowed)).toEqual([
      { index: 0, address: "a@sub.example.com" },
      { index: 1, address: "b@corp.example" },
      { index: 2, address: "c@example.com.evil.test" },
      { index: 3, address: "d@evilexample.com" },
    ]);
  });

  it("names each refused recipient's field at creation", () => {
    const attempt = () => assertRecipientsAllowed(["ok@example.com", "x@other.test"], ["example.com"]);
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(expect.objectContaining({ details: [{ path: "data.to.1", message: "the domain is not in EMAIL_ALLOWED_DOMAINS (example.com)" }] }));
  });
});
