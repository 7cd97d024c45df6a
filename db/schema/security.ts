import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed sign-in counters per account (lower-cased email) and per client address. Not tenant data:
 * it is consulted before anyone is known to belong to an organization, so it has no org_id (on
 * Citus it stays a local table on the coordinator; see docs/scaling.md). Kept in the database so a
 * lockout survives restarts.
 */
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
