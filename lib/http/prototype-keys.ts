import { ValidationError } from "../errors";

/**
 * Refuses any object key `__proto__` in parsed JSON. `JSON.parse` keeps it as plain data, but
 * the first assignment that copies it (a schema's record, a merge) turns it into a prototype,
 * so it is stopped at the door with the path that carried it. The walk uses an explicit stack:
 * nesting is bounded before this runs, and no caller shape can make it recurse.
 */
export function assertNoPrototypeKeys(value: unknown): void {
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: "" }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== "object" || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      const path = next.path ? `${next.path}.${key}` : key;
      if (key === "__proto__") throw new ValidationError("Request body is invalid", [{ path, message: "the key __proto__ is not allowed" }]);
      pending.push({ value: child, path });
    }
  }
}
