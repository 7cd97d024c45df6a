import { sql } from "drizzle-orm";
import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { roles } from "@/core/constants";
import { organizations } from "./organizations";

export const users = pgTable(
  "users",
  {
    orgId: uuid("org_id").notNull().references(() => organizations.id),
    id: uuid("id").notNull().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: roles }).notNull(),
    passwordHash: text("password_hash").notNull(),
    /** Bumped on sign-out, password reset and disable: older sessions stop working. */
    sessionVersion: integer("session_version").notNull().default(1),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // Sign-in finds the organization from the email, so an email is unique across tenants.
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_org_role_idx").on(t.orgId, t.role),
  ],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
    /** The first characters of the key, shown so owners can tell keys apart. */
    prefix: text("prefix").notNull(),
    /** SHA-256 of the whole key: keys are 32 random bytes, so a slow hash adds nothing. */
    hash: text("hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** When the key's request budget is whole again (see core/api/rate-limit.ts); null: it is whole. */
    rateRefilledAt: timestamp("rate_refilled_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    uniqueIndex("api_keys_hash_key").on(t.hash),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type ApiKey = typeof apiKeys.$inferSelect;
