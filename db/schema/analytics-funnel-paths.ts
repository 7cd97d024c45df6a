import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { channels, journeys } from "@/core/constants";
import { customers } from "./customers";
import { organizations } from "./organizations";

/**
 * What every `cohort=created` funnel other than the default one needs, per customer and journey
 * (docs/analytics-funnel.md, "Funnel paths"): the journey start t0 and, along the journey's live
 * stages S1…Sk in position order, two non-decreasing lists of instants:
 * - `strictAt[i]`: the entry into S(i+1) of the first strictly ordered path (PostHog's sequence);
 * - `anyAt[i]`: the first event at or after t0 into S(i+1) or a stage of a higher position.
 * A funnel with a window or an `asOf` counts the entries before its end, so any range is one index
 * range scan on `started_at`. Kept by the triggers of db/sql/funnel-paths.sql with every
 * stage_events write, customer channel or owner change and change of the stage order.
 */
export const funnelPaths = pgTable(
  "funnel_paths",
  {
    orgId: uuid("org_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    journey: text("journey", { enum: journeys }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    ownerId: uuid("owner_id"),
    strictAt: timestamp("strict_at", { withTimezone: true }).array().notNull(),
    anyAt: timestamp("any_at", { withTimezone: true }).array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId, t.journey] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    index("funnel_paths_started_idx").on(t.orgId, t.journey, t.startedAt),
  ],
);

/**
 * The stage order the organization's funnel paths were computed for (keys, journeys and archived
 * flags in position order): a change of it rebuilds the paths.
 */
export const funnelPathStageOrders = pgTable(
  "funnel_path_stage_orders",
  {
    orgId: uuid("org_id").notNull(),
    stageOrder: text("stage_order").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId] }), foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] })],
);

export type FunnelPath = typeof funnelPaths.$inferSelect;
