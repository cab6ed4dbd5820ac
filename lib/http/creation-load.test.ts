import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { CreationLoad } from "./creation-load";

const response = () => new EventEmitter();

describe("CreationLoad", () => {
  it("holds creations up to its bound and frees a place when an answer closes", () => {
    const load = new CreationLoad(2);
    const first = response();
    expect(load.admit({ method: "POST", url: "/api/workflows" }, first)).toBe(true);
    expect(load.admit({ method: "POST", url: "/api/tasks?x=1" }, response())).toBe(true);
    expect(load.admit({ method: "POST", url: "/api/workflows/" }, response())).toBe(false);
    first.emit("close");
    expect(load.admit({ method: "POST", url: "/api/workflows" }, response())).toBe(true);
  });

  it("lets everything else through uncounted", () => {
    const load = new CreationLoad(0);
    for (const request of [
      { method: "GET", url: "/api/workflows" },
      { method: "POST", url: "/api/workflows/1/cancel" },
      { method: "POST", url: "/api/events" },
    ]) {
      expect(load.admit(request, response())).toBe(true);
    }
  });
});
