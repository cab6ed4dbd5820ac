import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { instanceSecrets, type DbOrTx } from "../db";

/** The named secret, generated and stored on first use; concurrent first uses agree on one value. */
export async function instanceSecret(db: DbOrTx, name: string): Promise<string> {
  await db
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing({ target: instanceSecrets.name });
  const [row] = await db.select().from(instanceSecrets).where(eq(instanceSecrets.name, name));
  return row!.value;
}
