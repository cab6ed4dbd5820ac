import { parentPort } from "node:worker_threads";
import { jsonSchemaProblems } from "../../lib/jobs/json-schema-check";
import type { SchemaCheckReply, SchemaCheckRequest } from "./bounded-schema-check";

/** Runs callers' JSON Schemas away from the worker's event loop, so the loop never waits on one. */
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
