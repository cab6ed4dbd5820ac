import fc from "fast-check";

/**
 * Request bodies for the fuzz suite, as JSON *text*: written out by hand so that a `__proto__`
 * member stays a member (an object literal would set the prototype instead), and numbers such as
 * `1e999` or escapes such as `\ud800` reach the server exactly as a hostile client spells them.
 */
export type JsonText = string;

/** Stands in for a per-request marker; the spec swaps it for one it can look for afterwards. */
export const MARKER = "fzmarker";

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"];

const nestedArrays = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

/** Around the server's limit of 64 and far past it (20,000 levels once answered 500). */
const deepValue = fc
  .constantFrom(60, 64, 65, 1_000, 20_000)
  .chain((depth) => fc.constantFrom(nestedArrays(depth), nestedObjects(depth)));

const oddNumbers = ["1e999", "-1e999", "1e308", "-1e308", "5e-324", "-0", "1e-400", "123456789012345678901234567890", "9007199254740993"];

const oddStrings = [
  '"\\ud800"',
  '"a\\udc00b"',
  '"\\udfff\\ud800"',
  '"\\u0000"',
  '"nul\\u0000inside"',
  '""',
  '"   "',
  '"\\\\"',
  '"]]]}}}"',
  JSON.stringify("x".repeat(300_000)),
  JSON.stringify("😀".repeat(20_000)),
  JSON.stringify("<script>alert(1)</script>"),
  JSON.stringify("' OR 1=1 --"),
  JSON.stringify("../../etc/passwd"),
  JSON.stringify("2024-13-45T99:99:99Z"),
  JSON.stringify("a".repeat(40) + "!"),
];

const wrongTypes = ["null", "true", "false", "0", "-1", "1.5", "[]", "{}", "[null]", '{"":""}', '["a","b"]'];

/** Many members: just under and just over the server's limit of 100,000. */
const wideValue = fc.constantFrom(`[${Array(99_999).fill(0).join(",")}]`, `[${Array(100_001).fill(0).join(",")}]`);

const leafValue: fc.Arbitrary<JsonText> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? "null"),
  fc.constantFrom(...oddNumbers, ...oddStrings, ...wrongTypes),
  fc.string({ unit: "binary", maxLength: 30 }).map((text) => JSON.stringify(text)),
);

/** `{"__proto__": …}`, `{"constructor": {"prototype": …}}` and the like. */
const prototypeValue: fc.Arbitrary<JsonText> = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...PROTOTYPE_KEYS), leafValue, fc.nat(2))
  .map(([outer, inner, leaf, shape]) => [`{"${outer}":${leaf}}`, `{"${outer}":{"${inner}":${leaf}}}`, `{"${outer}":{"polluted":${leaf}}}`][shape]!);

export const adversarialValue: fc.Arbitrary<JsonText> = fc.oneof(
  { arbitrary: leafValue, weight: 6 },
  { arbitrary: prototypeValue, weight: 3 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: wideValue, weight: 1 },
);

type Path = (string | number)[];
type Mutation =
  | { kind: "replace"; path: Path; text: JsonText }
  | { kind: "add"; path: Path; key: string; text: JsonText }
  | { kind: "remove"; path: Path };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const samePath = (a: Path, b: Path) => a.length === b.length && a.every((key, index) => key === b[index]);

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => pathsOf(item, [...at, index]))];
  if (isObject(value)) return [at, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return [at];
}

function render(value: unknown, at: Path, mutation: Mutation): JsonText {
  const here = samePath(at, mutation.path);
  if (here && mutation.kind === "replace") return mutation.text;
  const added = here && mutation.kind === "add" ? [mutation] : [];
  if (Array.isArray(value)) {
    const items = value
      .map((item, index) => [index, item] as const)
      .filter(([index]) => !(mutation.kind === "remove" && samePath([...at, index], mutation.path)))
      .map(([index, item]) => render(item, [...at, index], mutation));
    return `[${[...items, ...added.map((add) => add.text)].join(",")}]`;
  }
  if (isObject(value)) {
    const members = Object.entries(value)
      .filter(([key]) => !(mutation.kind === "remove" && samePath([...at, key], mutation.path)))
      .map(([key, item]) => `${JSON.stringify(key)}:${render(item, [...at, key], mutation)}`);
    return `{${[...members, ...added.map((add) => `${JSON.stringify(add.key)}:${add.text}`)].join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * A valid body with one thing wrong: any value replaced by an adversarial one (wrong type, deep,
 * huge, prototype-shaped), a member added to any object or array (prototype keys included), or a
 * member left out.
 */
export function mutatedBody(base: unknown): fc.Arbitrary<JsonText> {
  const paths = pathsOf(base);
  const containers = paths.filter((path) => {
    const node = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], base);
    return typeof node === "object" && node !== null;
  });
  const members = paths.filter((path) => path.length > 0);
  const mutations: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant("replace" as const), path: fc.constantFrom(...paths), text: adversarialValue }),
    fc.record({
      kind: fc.constant("add" as const),
      path: fc.constantFrom(...containers),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ unit: "binary", maxLength: 10 })),
      text: adversarialValue,
    }),
  ];
  if (members.length > 0) mutations.push(fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...members) }));
  return fc.oneof(...mutations).map((mutation) => render(base, [], mutation));
}

/** What one fuzzed request sends: mostly a mutated valid body, sometimes anything at all. */
export type FuzzRequest = { body: JsonText | Buffer; contentType: string };

const JSON_TYPE = "application/json";
const wrongContentTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonx"];

export function fuzzRequest(base: unknown): fc.Arbitrary<FuzzRequest> {
  const asJson = (body: JsonText | Buffer): FuzzRequest => ({ body, contentType: JSON_TYPE });
  return fc.oneof(
    { arbitrary: mutatedBody(base).map(asJson), weight: 12 },
    { arbitrary: fc.constant(asJson(JSON.stringify(base))), weight: 1 },
    { arbitrary: adversarialValue.map(asJson), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 200 }).map(asJson), weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => asJson(Buffer.from(bytes))), weight: 1 },
    {
      arbitrary: fc.constantFrom(...wrongContentTypes).map((contentType) => ({ body: JSON.stringify(base), contentType })),
      weight: 1,
    },
  );
}
