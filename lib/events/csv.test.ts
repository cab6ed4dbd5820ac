import { describe, expect, it } from "vitest";
import { csvField } from "./csv";

describe("csvField", () => {
  it("leaves plain values alone", () => {
    expect(csvField("user.login")).toBe("user.login");
  });

  it("quotes values with commas, quotes or line breaks, doubling quotes", () => {
    expect(csvField('{"a":1,"b":2}')).toBe('"{""a"":1,""b"":2}"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses values a spreadsheet would run as formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField("@sum,x")).toBe(`"'@sum,x"`);
  });
});
