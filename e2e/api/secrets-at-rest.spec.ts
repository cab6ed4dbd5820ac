import { expect, test } from "@playwright/test";
import type pg from "pg";
import { createApiKey, createUser } from "../support/admin-api";
import { withDatabase } from "../support/database";
import { seededAccess } from "../support/e2e-auth";

const TOKEN_MARKER = "sok_";

/** How many rows of `table` hold `text` anywhere, in any column. */
async function rowsHolding(client: pg.Client, table: "api_keys" | "users" | "audit_log", text: string) {
  const { rows } = await client.query<{ count: string }>(`select count(*) from ${table} as row_ where strpos(row_to_json(row_)::text, $1) > 0`, [text]);
  return Number(rows[0]!.count);
}

test("no stored row holds an API key's token or its secret part", async ({ request }) => {
  const fresh = await createApiKey(request, ["read"]);
  const tokens = [...Object.values(seededAccess().keys), fresh.token];

  await withDatabase(async (client) => {
    // The prefix is kept in clear, so the search finds what is there.
    expect(await rowsHolding(client, "api_keys", fresh.prefix)).toBe(1);
    for (const token of tokens) {
      expect(token.startsWith(TOKEN_MARKER)).toBe(true);
      for (const secret of [token, token.slice(TOKEN_MARKER.length)]) {
        expect(await rowsHolding(client, "api_keys", secret), "api_keys").toBe(0);
        expect(await rowsHolding(client, "audit_log", secret), "audit_log").toBe(0);
      }
    }
  });
});

test("passwords are kept only as argon2id hashes, and nowhere in clear", async ({ request }) => {
  const people = [...Object.values(seededAccess().users), await createUser(request, "viewer")];

  await withDatabase(async (client) => {
    const emails = people.map((person) => person.email);
    const { rows } = await client.query<{ email: string; hash: string }>("select email, password_hash as hash from users where email = any($1)", [emails]);
    expect(rows.map((row) => row.email).sort()).toEqual([...emails].sort());
    for (const { email, password } of people) {
      const { hash } = rows.find((row) => row.email === email)!;
      expect(hash.startsWith("$argon2id$"), email).toBe(true);
      expect(await rowsHolding(client, "users", password), "users").toBe(0);
      expect(await rowsHolding(client, "audit_log", password), "audit_log").toBe(0);
    }
  });
});
