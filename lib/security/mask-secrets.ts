import { isDeepStrictEqual } from "node:util";
import { ValidationError } from "../errors";
import type { DecodedValue } from "../kafka/decode-value";

/**
 * Secrets in step options, task data and the records that carry them are write-only: stored and
 * used, but every view shows this in their place. Fixed, so a mask tells nothing of the length.
 */
export const SECRET_MASK = "••••••";

/** Parts of a field or header name that mean its value is a credential, compared without case or separators. */
const SECRET_NAME_PARTS = [
  "token",
  "secret",
  "password",
  "passwd",
  "passphrase",
  "authorization",
  "apikey",
  "accesskey",
  "privatekey",
  "cookie",
  "credential",
  "signature",
  "sessionid",
];
const SECRET_NAMES = new Set(["auth", "pwd", "pass", "xauth"]);

/**
 * A credential by its scheme, wherever it is written (`X-Upstream: Bearer …`): the scheme and one
 * token-like word (so "basic plan" stays readable), or Digest with its parameters.
 */
const CREDENTIAL_VALUES = [/^\s*(bearer|basic|token)\s+[\w.~+/=-]{8,}\s*$/i, /^\s*digest\s+\w+=/i];

/**
 * Past this depth nothing is inspected: the whole subtree is masked. Views of records written
 * by hand must not recurse without bound, and what cannot be checked is not shown.
 */
const MAX_DEPTH = 64;

export function isSecretName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SECRET_NAMES.has(normalized) || SECRET_NAME_PARTS.some((part) => normalized.includes(part));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A URL's password and its secret-named query parameters; the rest of the address stays readable. */
function maskUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const secretParams = [...url.searchParams.keys()].filter(isSecretName);
  if (!url.password && secretParams.length === 0) return text;
  if (url.password) url.password = SECRET_MASK;
  for (const param of secretParams) url.searchParams.set(param, SECRET_MASK);
  return url.toString();
}

const URL_IN_TEXT = /https?:\/\/[^\s"'<>]+/gi;
const CREDENTIAL_IN_TEXT = /\b(bearer|basic|token)\s+([\w.~+/=-]{8,})/gi;
/** A word that looks generated rather than written ("Basic dXNlcjpw…", not "basic authentication"). */
const looksGenerated = (word: string) => /[\d.~+/=_-]/.test(word) || /[A-Z]/.test(word.slice(1));

/**
 * Free text, such as an error that names the URL it called or quotes an answer, with the URLs in
 * it masked as a URL is, and credentials written with their scheme masked.
 */
export function maskSecretsInText<T extends string | null>(text: T): T {
  if (text === null) return text;
  return text
    .replace(URL_IN_TEXT, (url) => maskUrl(url))
    .replace(CREDENTIAL_IN_TEXT, (credential, _scheme, word: string) => (looksGenerated(word) ? SECRET_MASK : credential)) as T;
}

function maskString(text: string): string {
  return CREDENTIAL_VALUES.some((credential) => credential.test(text)) ? SECRET_MASK : maskSecretsInText(text);
}

function maskAt(value: unknown, name: string | undefined, depth: number): unknown {
  if (value === null || value === undefined || value === "") return value;
  if ((name !== undefined && isSecretName(name)) || depth > MAX_DEPTH) return SECRET_MASK;
  if (typeof value === "string") return maskString(value);
  if (Array.isArray(value)) return value.map((item) => maskAt(item, undefined, depth + 1));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskAt(item, key, depth + 1)]));
  return value;
}

/**
 * A copy of JSON-like data with every secret masked: values under a secret-sounding name (headers
 * such as `Authorization`, fields such as `apiKey`), credential-looking strings, and the password
 * and secret query parameters of URLs. Objects are built with own properties only.
 */
export const maskSecrets = <T>(value: T): T => maskAt(value, undefined, 0) as T;

/**
 * A record's value as a view shows it, masked: the parsed JSON, and its text again from that
 * JSON when anything was masked (a text that is not JSON is masked as one string).
 */
export function maskDecodedValue(decoded: DecodedValue): DecodedValue {
  if (decoded.json !== null) {
    const json = maskSecrets(decoded.json);
    return isDeepStrictEqual(json, decoded.json) ? decoded : { ...decoded, value: JSON.stringify(json), json };
  }
  return decoded.value === null ? decoded : { ...decoded, value: maskSecrets(decoded.value) };
}

/** Collects the paths of http(s) URLs: where a restored secret may be sent. */
function urlPaths(value: unknown, path: string, found: Map<string, string>, depth = 0) {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string" && /^https?:\/\//i.test(value)) found.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => urlPaths(item, `${path}.${index}`, found, depth + 1));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) urlPaths(item, `${path}.${key}`, found, depth + 1);
}

function restoreAt(edited: unknown, original: unknown, name: string | undefined, depth: number, restored: { any: boolean }): unknown {
  if (original !== undefined && isDeepStrictEqual(edited, maskAt(original, name, depth))) {
    if (!isDeepStrictEqual(edited, original)) restored.any = true;
    return original;
  }
  if (depth > MAX_DEPTH) return edited;
  if (Array.isArray(edited) && Array.isArray(original)) {
    return edited.map((item, index) => restoreAt(item, original[index], undefined, depth + 1, restored));
  }
  if (isRecord(edited) && isRecord(original)) {
    return Object.fromEntries(
      Object.entries(edited).map(([key, item]) => [key, restoreAt(item, Object.hasOwn(original, key) ? original[key] : undefined, key, depth + 1, restored)]),
    );
  }
  return edited;
}

/**
 * An edit made on a masked view, with each part still shown as masked put back as it really is,
 * so mending a record never replaces a secret with the mask. A restored secret goes only where it
 * was written for: if the edit changes any URL of the original, it must spell its secrets out again.
 */
export function restoreMaskedSecrets(edited: unknown, original: unknown, field: string): unknown {
  const restored = { any: false };
  const value = restoreAt(edited, original, undefined, 0, restored);
  if (!restored.any) return value;
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  urlPaths(original, field, before);
  urlPaths(value, field, after);
  for (const [path, url] of before) {
    if (after.get(path) !== url) {
      throw new ValidationError("A hidden secret can only be replayed to the address it was written for", [
        { path, message: "this URL changed: write the masked secrets out again, or keep the URL" },
      ]);
    }
  }
  return value;
}
