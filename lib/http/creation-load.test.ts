import { EventEmitter } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { answerBusy, CreationLoad } from "./creation-load";

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

describe("answerBusy", () => {
  const serve = async (maxBodyBytes: number) => {
    const server = createServer((request, response) => answerBusy(request, response, maxBodyBytes));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/api/workflows`, close: () => new Promise((resolve) => server.close(resolve)) };
  };

  it("answers the API's 503 with Retry-After once the body has been read", async () => {
    const server = await serve(1024);
    const response = await fetch(server.url, { method: "POST", body: JSON.stringify({ name: "x" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    const body = (await response.json()) as { error: { code: string; requestId: string } };
    expect(body.error).toMatchObject({ code: "unavailable", requestId: response.headers.get("x-request-id") });
    await server.close();
  });

  it("reads no further than the body limit: a longer body loses its connection", async () => {
    const server = await serve(1024);
    const sent = fetch(server.url, { method: "POST", body: "x".repeat(64 * 1024) });
    await expect(sent).rejects.toThrow();
    await server.close();
  });
});
