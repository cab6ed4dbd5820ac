import { randomInt } from "node:crypto";

/**
 * A made-up caller address (from a range reserved for benchmarks, RFC 2544), sent as
 * X-Forwarded-For as a proxy in front of the app would: the e2e servers trust this machine as
 * that proxy (TRUSTED_PROXIES, see playwright.config.ts), and callers without credentials are
 * rate-limited per address, so a test that claims its own address has a bucket of its own.
 */
export const ownClientAddress = () => ({ "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(1, 255)}` });
