// A worker thread starts without its parent's TypeScript loader (Node 20 loads the entry before
// any --import), so this plain module brings tsx in and loads the thread's real code through it.
import { tsImport } from "tsx/esm/api";

await tsImport("./schema-check-thread.ts", import.meta.url);
