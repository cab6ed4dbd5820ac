import { ValidationError, type FieldError } from "../errors";

/** Enough to show the caller what is wrong without echoing a whole hostile document. */
const MAX_REPORTED = 20;

/** With the `u` flag a paired surrogate reads as one code point, so this finds only unpaired ones. */
const UNPAIRED_SURROGATE = /\p{Surrogate}/u;

type Node = { value: unknown; parent?: Node; key?: string | number };

const pathOf = (node: Node): string => {
  const keys: (string | number)[] = [];
  for (let at: Node | undefined = node; at?.parent; at = at.parent) keys.push(at.key!);
  return keys.reverse().join(".") || "(body)";
};

function textProblem(text: string, allowNul: boolean): string | undefined {
  if (UNPAIRED_SURROGATE.test(text)) return "must be well-formed Unicode (it holds an unpaired surrogate)";
  if (!allowNul && text.includes("\u0000")) return "must not contain a NUL character";
  return undefined;
}

function keyProblem(key: string, allowNul: boolean): string | undefined {
  if (key === "__proto__") return "the key __proto__ is not allowed";
  const problem = textProblem(key, allowNul);
  return problem && `field name ${problem}`;
}

/**
 * Refuses (400, naming each field) what JSON can spell but nothing downstream can hold: numbers
 * past the double range (`1e999` parses to Infinity and would be stored as null), text that is not
 * well-formed Unicode (PostgreSQL and UTF-8 encoders refuse or alter it), and, unless the body only
 * goes to Kafka, NUL characters, which PostgreSQL cannot store. A `__proto__` key is refused too:
 * JSON.parse keeps it as plain data, but the first assignment that copies it (a schema's record, a
 * merge) turns it into a prototype. Walks with a stack, not recursion,
 * so it is safe on any value JSON.parse returns.
 */
export function assertStorableJson(body: unknown, options: { allowNul: boolean }): void {
  const problems: FieldError[] = [];
  const report = (node: Node, message: string) => problems.push({ path: pathOf(node), message });
  const stack: Node[] = [{ value: body }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === "number" && !Number.isFinite(value)) report(node, "must be a finite number");
    else if (typeof value === "string") {
      const problem = textProblem(value, options.allowNul);
      if (problem) report(node, problem);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, parent: node, key: index }));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, parent: node, key };
        const problem = keyProblem(key, options.allowNul);
        if (problem) report(child, problem);
        else stack.push(child);
      }
    }
  }
  if (problems.length > 0) throw new ValidationError("Request body is invalid", problems);
}
