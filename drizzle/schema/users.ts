import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRoles } from "../../lib/auth/roles";
import { createdAt } from "./columns";

/** People who sign in to the dashboard. Only an argon2id hash of the password is kept. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased, so sign-in is case-insensitive. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: userRoles }).notNull(),
    /** A disabled user's sessions are refused on their next request. */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /**
     * Each session carries the version current when it began; raising it (sign-out, a new password,
     * disabling, a role change) ends every session begun before.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Sign-in looks a user up by email; one account per address.
  (table) => [uniqueIndex("users_email_key").on(table.email)],
);

export type User = typeof users.$inferSelect;
