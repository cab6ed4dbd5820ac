/** The documented request body limit (MAX_BODY_BYTES' default in lib/env/web-env.ts). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** JSON of exactly `bytes` bytes: `build` places the padding string somewhere harmless. */
export function jsonOfBytes(bytes: number, build: (padding: string) => unknown): string {
  const unpadded = Buffer.byteLength(JSON.stringify(build("")));
  return JSON.stringify(build("x".repeat(bytes - unpadded)));
}
