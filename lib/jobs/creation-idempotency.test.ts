import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { ConflictError, ValidationError } from "../errors";
import { assertSameRequest, creationId, idempotencyKeyOf, requestFingerprint } from "./creation-idempotency";

const actorOf = (principal: Actor["principal"]): Actor => ({ principal, requestId: "r", clientAddress: null });
const key = actorOf({ type: "api_key", id: "k-1", name: "billing", scopes: ["workflows:write"] });
const person = actorOf({ type: "user", id: "k-1", email: "a@example.com", role: "operator" });

describe("creation idempotency", () => {
  it("derives one id per caller, kind and key, and a fresh one without a key", () => {
    const id = creationId("workflow", { actor: key, idempotencyKey: "order-7" });
    expect(creationId("workflow", { actor: key, idempotencyKey: "order-7" })).toBe(id);
    expect(creationId("task", { actor: key, idempotencyKey: "order-7" })).not.toBe(id);
    expect(creationId("workflow", { actor: person, idempotencyKey: "order-7" })).not.toBe(id);
    expect(creationId("workflow", { actor: key, idempotencyKey: "order-8" })).not.toBe(id);
    expect(creationId("workflow", { actor: key })).not.toBe(creationId("workflow", { actor: key }));
  });

  it("reads the header, refusing one that is empty, too long or not visible ASCII, naming it", () => {
    const request = (value?: string) => ({ headers: new Headers(value === undefined ? {} : { "idempotency-key": value }) });
    expect(idempotencyKeyOf(request())).toBeNull();
    expect(idempotencyKeyOf(request("3f6c-order_7"))).toBe("3f6c-order_7");
    for (const bad of ["a".repeat(256), "with space", "é"]) {
      const refusal = (() => {
        try {
          idempotencyKeyOf(request(bad));
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(ValidationError);
      expect((refusal as ValidationError).details?.[0]?.path).toBe("Idempotency-Key");
    }
  });

  it("tells a repeat from a reuse by the parsed request", () => {
    const first = requestFingerprint({ name: "w", steps: ["store"] });
    expect(requestFingerprint({ name: "w", steps: ["store"] })).toBe(first);
    expect(() => assertSameRequest(first, first)).not.toThrow();
    expect(() => assertSameRequest(first, requestFingerprint({ name: "w2", steps: ["store"] }))).toThrow(ConflictError);
    expect(() => assertSameRequest(null, first)).not.toThrow();
  });
});
