export * from "../../drizzle/schema";
export { createDb, type Db, type DbOrTx, type Tx } from "./client";
