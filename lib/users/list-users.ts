import { asc } from "drizzle-orm";
import { users, type DbOrTx } from "../db";
import { userView } from "./user-view";

export async function listUsers(db: DbOrTx) {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  return rows.map(userView);
}
