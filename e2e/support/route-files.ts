import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const appDir = path.join(import.meta.dirname, "../../app");

const METHOD = "GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS";
/** `export const GET = …` and `export async function POST(…)`. */
const EXPORTED_DECLARATION = new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+(${METHOD})\\b`, "g");
/** `export { handler as GET, POST }` (a name followed by `as` is exported under another name). */
const EXPORT_LIST = /export\s*\{([^}]*)\}/g;
const LISTED_METHOD = new RegExp(`\\b(${METHOD})\\b(?!\\s+as\\b)`, "g");
const ROUTE_FILE = /^route\.(ts|tsx|js|mjs)$/;

const exportedMethods = (source: string) => [
  ...[...source.matchAll(EXPORTED_DECLARATION)].map((match) => match[1]!),
  ...[...source.matchAll(EXPORT_LIST)].flatMap((list) => [...list[1]!.matchAll(LISTED_METHOD)].map((match) => match[1]!)),
];

/**
 * Every route handler the app declares, as `<folder under app/> <METHOD>` (`api/dlq/[id] GET`),
 * read from the route files themselves, so a new route shows up here without anyone listing it.
 */
export function declaredRouteMethods(): string[] {
  const routeFiles = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((file) => ROUTE_FILE.test(path.basename(file)));
  return routeFiles
    .flatMap((file) => {
      const folder = path.dirname(file).split(path.sep).join("/");
      const source = readFileSync(path.join(appDir, file), "utf8");
      return exportedMethods(source).map((method) => `${folder} ${method}`);
    })
    .sort();
}
