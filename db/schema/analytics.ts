import { sql } from "drizzle-orm";
import { date, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { channels, journeys } from "@/core/constants";
import { organizations } from "./organizations";

/** Stands in for "no owner" in `funnel_cohort_days.owner_id`: a primary-key column cannot be null. */
export const NO_OWNER = "00000000-0000-0000-0000-000000000000";

/**
 * The default funnel (cohort = created, order = any, no window, no asOf), pre-aggregated:
 * customers counted by the local day (organization time zone) of their first event in a journey,
 * their acquisition channel and owner, and the sorted set of stage keys they entered from that
 * first event on. Kept current by database triggers (migration `funnel_cohort_triggers`) in the
 * same transaction as every stage_events insert, customer channel/owner change, organization
 * time-zone change and stage journey change; nothing in the application writes it.
 */
export const funnelCohortDays = pgTable(
  "funnel_cohort_days",
  {
    orgId: uuid("org_id").notNull(),
    journey: text("journey", { enum: journeys }).notNull(),
    cohortDay: date("cohort_day", { mode: "string" }).notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    ownerId: uuid("owner_id").notNull(),
    reachedKeys: text("reached_keys").array().notNull(),
    customers: integer("customers").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.journey, t.cohortDay, t.channel, t.ownerId, t.reachedKeys] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    // Rows a decrement emptied: the triggers delete them right away through this index.
    index("funnel_cohort_days_empty_idx").on(t.orgId).where(sql`${t.customers} = 0`),
  ],
);

export type FunnelCohortDay = typeof funnelCohortDays.$inferSelect;
