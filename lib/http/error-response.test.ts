import { describe, expect, it } from "vitest";
import { NotFoundError } from "../errors";
import { renderError } from "./error-response";

describe("renderError", () => {
  it("says nothing of an unexpected error's cause", () => {
    const cause = new Error("connect ECONNREFUSED 10.0.0.5:5432 at /srv/app/node_modules/pg/lib/client.js:12");
    const rendered = renderError(cause, "req-1");
    expect(rendered).toEqual({ status: 500, body: { error: { code: "internal", message: "Internal server error", requestId: "req-1" } } });
  });

  it("passes on what a typed error says", () => {
    expect(renderError(new NotFoundError("No workflow x"), "req-2")).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "No workflow x", requestId: "req-2" } },
    });
  });
});
