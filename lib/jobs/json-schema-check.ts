import { Ajv, type ValidateFunction } from "ajv";
import { RE2JS } from "re2js";
import { NonRetryableError } from "./job-error";

/**
 * Callers' `pattern`s run on RE2's linear-time engine, never on the backtracking RegExp: with it,
 * `^(a+)+$` against forty characters would hold the thread for minutes. RE2 has Unicode semantics
 * already, so Ajv's `u` flag needs no translation; patterns RE2 cannot express (backreferences,
 * lookarounds) fail to compile, which fails the step with a clear message.
 */
const linearRegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: "re2js" });

// Ajv is the reference JSON Schema validator (zod's conversion, for one, skips `required` without
// `properties`). It compiles schemas to functions, so it runs only in the worker, never in a page.
const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: linearRegExp } });
const compiled = new Map<string, ValidateFunction>();
/** Workflows usually share a handful of schemas; past this many, start afresh rather than grow. */
const MAX_CACHED = 500;

/** What is wrong with `data` under `schema`, one line per problem; empty when it matches. */
export function jsonSchemaProblems(schema: Record<string, unknown>, data: unknown): string[] {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      throw new NonRetryableError(`the step's JSON Schema does not compile: ${(error as Error).message}`);
    }
    compiled.set(key, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "(data)"} ${error.message ?? "is invalid"}`);
}
