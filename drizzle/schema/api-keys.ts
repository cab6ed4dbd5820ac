import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { apiKeyScopes } from "../../lib/api-keys/scopes";
import { createdAt } from "./columns";
import { users } from "./users";

/**
 * Keys for machines. The secret is shown once, at creation; only its SHA-256 is kept (the secret
 * is 256 random bits, so a slow hash would add latency to every request and no safety).
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** The key's first characters, shown in lists so an operator can tell keys apart. */
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    scopes: text("scopes", { enum: apiKeyScopes }).array().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    /** Written at most once a minute per key, so busy producers do not write on every request. */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** From this moment the key is refused, as if revoked; null: it does not expire. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  // Every authenticated request looks its key up by the hash of what it presented.
  (table) => [uniqueIndex("api_keys_secret_hash_key").on(table.secretHash)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
