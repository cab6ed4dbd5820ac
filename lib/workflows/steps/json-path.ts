import type { JsonObject } from "./step-definition";

/** Dotted paths ("order.customer.id") into JSON objects, for the declarative transform step. */
export const dottedPath = /^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/;

export function readPath(data: JsonObject, path: string): unknown {
  let current: unknown = data;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    current = (current as JsonObject)[part];
  }
  return current;
}

export function writePath(target: JsonObject, path: string, value: unknown): void {
  const parts = path.split(".");
  let current = target;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (typeof next !== "object" || next === null || Array.isArray(next)) current[part] = {};
    current = current[part] as JsonObject;
  }
  current[parts.at(-1)!] = value;
}
