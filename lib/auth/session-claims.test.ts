import { describe, expect, it } from "vitest";
import { sessionClaims, sessionStands } from "./session-claims";

const HOUR = 3600;
const now = 1_800_000_000;
const claims = { userId: "user-1", sessionVersion: 3, signedInAt: now - HOUR };

describe("sessionClaims", () => {
  it("reads the user, version and sign-in time", () => {
    expect(sessionClaims({ sub: "user-1", sessionVersion: 3, signedInAt: now - HOUR, exp: now + HOUR })).toEqual(claims);
  });

  it.each([
    ["no token", null],
    ["a token without a version (issued before versions existed)", { sub: "user-1", signedInAt: now }],
    ["a token without a sign-in time", { sub: "user-1", sessionVersion: 0 }],
    ["a version that is not an integer", { sub: "user-1", sessionVersion: "0", signedInAt: now }],
    ["a sign-in time that is not a number", { sub: "user-1", sessionVersion: 0, signedInAt: "yesterday" }],
    ["no user", { sessionVersion: 0, signedInAt: now }],
  ])("refuses %s", (_case, payload) => expect(sessionClaims(payload)).toBeNull());
});

describe("sessionStands", () => {
  it("holds within the lifetime while the version is unchanged", () => {
    expect(sessionStands(claims, 3, 12 * HOUR, now)).toBe(true);
  });

  it("ends once the user's version moved on", () => {
    expect(sessionStands(claims, 4, 12 * HOUR, now)).toBe(false);
  });

  it("ends a fixed time after sign-in, however recently the token slid", () => {
    expect(sessionStands({ ...claims, signedInAt: now - 12 * HOUR }, 3, 12 * HOUR, now)).toBe(false);
    expect(sessionStands({ ...claims, signedInAt: now - 12 * HOUR + 1 }, 3, 12 * HOUR, now)).toBe(true);
  });

  it("refuses a sign-in time in the future, beyond a minute of clock skew", () => {
    expect(sessionStands({ ...claims, signedInAt: now + 30 }, 3, 12 * HOUR, now)).toBe(true);
    expect(sessionStands({ ...claims, signedInAt: now + 61 }, 3, 12 * HOUR, now)).toBe(false);
  });
});
