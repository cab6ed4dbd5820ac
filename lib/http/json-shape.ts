import { AppError } from "../errors";

/**
 * Deeper than this is not a request anyone means: everything that walks a parsed value (zod,
 * JSON.stringify, the database driver) recurses, and a document thousands of levels deep would
 * overflow the stack in one of them.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Object members plus array elements in one document. A full batch of 1,000 events with 100 fields
 * each fits; what does not is a body whose only aim is to make every later pass over it expensive.
 */
export const MAX_JSON_MEMBERS = 100_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]); // { [
const CLOSERS = new Set([0x7d, 0x5d]); // } ]
const COMMA = 0x2c;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Measures a JSON text's nesting depth and member count in one pass, without recursion and before
 * anything parses it, and refuses (400) a text past either limit. Text that is not JSON is left for
 * the parser to report: only brackets and commas outside strings are counted.
 */
export function assertJsonShape(text: string): void {
  let depth = 0;
  let members = 0;
  let inString = false;
  let awaitingFirstMember = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
      continue;
    }
    if (WHITESPACE.has(char)) continue;
    if (CLOSERS.has(char)) {
      depth--;
      awaitingFirstMember = false;
      continue;
    }
    if (awaitingFirstMember || char === COMMA) {
      awaitingFirstMember = false;
      if (++members > MAX_JSON_MEMBERS) {
        throw new AppError("json_too_many_members", `JSON has more than ${MAX_JSON_MEMBERS} object members and array elements`);
      }
    }
    if (char === QUOTE) inString = true;
    else if (OPENERS.has(char)) {
      if (++depth > MAX_JSON_DEPTH) throw new AppError("json_too_deep", `JSON is nested deeper than ${MAX_JSON_DEPTH} levels`);
      awaitingFirstMember = true;
    }
  }
}
