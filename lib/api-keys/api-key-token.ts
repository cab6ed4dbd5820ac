import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "sok_";
/** The part kept in clear and shown in lists: the marker and the first 8 characters of the secret. */
const VISIBLE_LENGTH = TOKEN_PREFIX.length + 8;
const TOKEN_SHAPE = /^sok_[A-Za-z0-9_-]{43}$/;

/** A new key: 256 random bits, base64url, behind a marker that secret scanners can look for. */
export function generateApiKeyToken() {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: presentedKeyPrefix(token)!, secretHash: hashApiKeyToken(token) };
}

export const hashApiKeyToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const looksLikeApiKeyToken = (token: string) => TOKEN_SHAPE.test(token);

/** The visible prefix of a presented token, to say in the audit log which key was refused; null if it is no key. */
export const presentedKeyPrefix = (token: string) => (looksLikeApiKeyToken(token) ? token.slice(0, VISIBLE_LENGTH) : null);
