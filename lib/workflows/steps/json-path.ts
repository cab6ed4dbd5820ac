import { z } from "zod";
import { NonRetryableError } from "../../jobs/job-error";
import type { JsonObject } from "./step-definition";

/**
 * Segments that name an object's machinery rather than its data: writing through `__proto__`
 * changes every object in the process, so a path may never contain them.
 */
const PROTOTYPE_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "prototype", "constructor"]);

const segment = /^[A-Za-z0-9_$-]+$/;

/** A dotted path into JSON data ("order.customer.id"), as the transform step takes it. */
export const dottedPathSchema = z
  .string()
  .max(500)
  .check((context) => {
    const parts = context.value.split(".");
    if (!parts.every((part) => segment.test(part))) {
      context.issues.push({ code: "custom", input: context.value, message: "a dotted path such as order.customer.id" });
    } else if (parts.some((part) => PROTOTYPE_SEGMENTS.has(part))) {
      context.issues.push({
        code: "custom",
        input: context.value,
        message: `a path may not contain ${[...PROTOTYPE_SEGMENTS].join(", ")}`,
      });
    }
  });

/** The value at `path`, following own properties only, so nothing inherited is ever read. */
export function readPath(data: JsonObject, path: string): unknown {
  let current: unknown = data;
  for (const part of checkedSegments(path)) {
    if (!isPlainContainer(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

/**
 * Writes `value` at `path`, creating missing levels as null-prototype objects and defining each
 * property (never assigning), so no segment can reach a prototype even if one slipped past the schema.
 */
export function writePath(target: JsonObject, path: string, value: unknown): void {
  const parts = checkedSegments(path);
  let current = target;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(current, part) ? current[part] : undefined;
    if (isPlainContainer(next)) {
      current = next;
    } else {
      const created: JsonObject = Object.create(null);
      define(current, part, created);
      current = created;
    }
  }
  define(current, parts.at(-1)!, value);
}

function checkedSegments(path: string): string[] {
  const parts = path.split(".");
  if (parts.some((part) => PROTOTYPE_SEGMENTS.has(part))) throw new NonRetryableError(`refusing the path "${path}": it names a prototype`);
  return parts;
}

function isPlainContainer(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function define(target: JsonObject, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
