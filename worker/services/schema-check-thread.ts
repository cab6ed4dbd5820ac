import { parentPort } from "node:worker_threads";
import { jsonSchemaProblems } from "../../lib/jobs/json-schema-check";
import type { SchemaCheckReply, SchemaCheckRequest } from "./bounded-schema-check";

/** Runs callers' JSON Schemas away from the worker's event loop, so the loop never waits on one. */
// Ajv's first compile loads its code generator (tens of milliseconds); that is the thread's cost, not a check's.
jsonSchemaProblems({ type: "object" }, {});
parentPort!.postMessage({ ready: true } satisfies SchemaCheckReply);
parentPort!.on("message", ({ schema, data }: SchemaCheckRequest) => {
  let reply: SchemaCheckReply;
  try {
    reply = { problems: jsonSchemaProblems(schema, data) };
  } catch (error) {
    reply = { failure: { name: (error as Error).name, message: (error as Error).message } };
  }
  parentPort!.postMessage(reply);
});
