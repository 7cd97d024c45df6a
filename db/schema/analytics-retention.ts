import { sql } from "drizzle-orm";
import { bigint, boolean, date, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { customers, stageEvents } from "./customers";
import { organizations } from "./organizations";
import { users } from "./users";

/*
 * Pre-aggregates for the retention and loyalty analytics (SPEC §3). They are written only by the
 * Postgres triggers of the `retention_aggregates_triggers` migration, in the same transaction as
 * the write to purchases, feedback, stage_events or customers, so every writer keeps them current.
 * Months are first days of months in the organization's time zone.
 */

/** Purchase activity per customer and month: the base of cohorts, lifecycle and repeat rate. */
export const retentionCustomerMonths = pgTable(
  "retention_customer_months",
  {
    orgId: uuid("org_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    month: date("month").notNull(),
    purchases: integer("purchases").notNull(),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId, t.month] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
  ],
);

/** Cohort (month of first purchase) × k: buyers in month k after it, and buyers in month k or later. */
export const retentionCells = pgTable(
  "retention_cells",
  {
    orgId: uuid("org_id").notNull(),
    cohortMonth: date("cohort_month").notNull(),
    k: smallint("k").notNull(),
    active: integer("active").notNull(),
    activeOrAfter: integer("active_or_after").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.cohortMonth, t.k] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
  ],
);

/** Per month: buyers, repeat buyers, lifecycle counts, purchases, revenue and referrals made. */
export const loyaltyMonths = pgTable(
  "loyalty_months",
  {
    orgId: uuid("org_id").notNull(),
    month: date("month").notNull(),
    buyers: integer("buyers").notNull().default(0),
    repeatBuyers: integer("repeat_buyers").notNull().default(0),
    newBuyers: integer("new_buyers").notNull().default(0),
    returningBuyers: integer("returning_buyers").notNull().default(0),
    resurrectingBuyers: integer("resurrecting_buyers").notNull().default(0),
    dormantBuyers: integer("dormant_buyers").notNull().default(0),
    purchases: integer("purchases").notNull().default(0),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull().default(0),
    referrals: integer("referrals").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] }), foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] })],
);

/** Feedback per month and the stage it was given in, split into NPS classes. */
export const loyaltyFeedbackMonths = pgTable(
  "loyalty_feedback_months",
  {
    orgId: uuid("org_id").notNull(),
    month: date("month").notNull(),
    stageKey: text("stage_key").notNull(),
    promoters: integer("promoters").notNull(),
    passives: integer("passives").notNull(),
    detractors: integer("detractors").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.month, t.stageKey] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
  ],
);

/**
 * Stage entries and exits per month (`lostFrom`: exits to `lost`). Customers in a stage at the end
 * of a month = entries − exits summed over all months up to it: time travel without the history.
 *
 * Readers sum the rows of a key: a stage event appends an unfolded row of its own (no row shared
 * with concurrent moves, so moves never wait on each other here), and `fold_stage_event_counts`
 * merges unfolded rows into the one folded row per key before a reader reads.
 */
export const loyaltyStageMonths = pgTable(
  "loyalty_stage_months",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    month: date("month").notNull(),
    stageKey: text("stage_key").notNull(),
    entered: integer("entered").notNull(),
    exited: integer("exited").notNull(),
    lostFrom: integer("lost_from").notNull(),
    folded: boolean("folded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("loyalty_stage_months_folded_key").on(t.orgId, t.month, t.stageKey).where(sql`${t.folded}`),
    index("loyalty_stage_months_unfolded_idx").on(t.orgId).where(sql`not ${t.folded}`),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
  ],
);

/** Moves made (events with a `from`) per acting user and month; appended and folded like `loyalty_stage_months`. */
export const teamMonths = pgTable(
  "team_months",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id").notNull(),
    month: date("month").notNull(),
    moves: integer("moves").notNull(),
    folded: boolean("folded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("team_months_folded_key").on(t.orgId, t.userId, t.month).where(sql`${t.folded}`),
    index("team_months_unfolded_idx").on(t.orgId).where(sql`not ${t.folded}`),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * One row per entry into `conversion`, with the customer's current owner and the time since the
 * customer's first acquisition-journey event: the base `team_conversion_days` is kept from.
 */
export const teamConversions = pgTable(
  "team_conversions",
  {
    orgId: uuid("org_id").notNull(),
    eventId: uuid("event_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    ownerId: uuid("owner_id"),
    at: timestamp("at", { withTimezone: true }).notNull(),
    msToConvert: bigint("ms_to_convert", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.eventId] }),
    foreignKey({ columns: [t.orgId, t.eventId], foreignColumns: [stageEvents.orgId, stageEvents.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
    index("team_conversions_customer_idx").on(t.orgId, t.customerId),
  ],
);

/**
 * Conversions per current owner, month and whole days to convert (24-hour periods, floored): a
 * histogram, so a median over any months reads a few hundred rows however many customers there are.
 */
export const teamConversionDays = pgTable(
  "team_conversion_days",
  {
    orgId: uuid("org_id").notNull(),
    ownerId: uuid("owner_id").notNull(),
    month: date("month").notNull(),
    days: integer("days").notNull(),
    conversions: integer("conversions").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.ownerId, t.month, t.days] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
  ],
);
