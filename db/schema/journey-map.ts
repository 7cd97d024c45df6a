import { sql } from "drizzle-orm";
import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/*
 * The journey map's materialised facts (docs/analytics-journey-map.md), kept by the triggers of
 * db/sql/journey-map-facts.sql from the stage history, touchpoints and feedback, so that a view
 * of the map reads per-day counts instead of the range's events.
 */

/**
 * One visit: a stage event into a live (not archived) stage of a journey, with the instants the
 * map's figures compare with a range. Recomputed for a customer whenever their history, or owner,
 * changes; rebuilt for the organization when its stages are reshaped.
 */
export const journeyMapVisits = pgTable(
  "journey_map_visits",
  {
    orgId: uuid("org_id").notNull(),
    /** The stage event that opened the visit. */
    eventId: uuid("event_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    /** The customer's current owner: the sales scope counts by it. */
    ownerId: uuid("owner_id"),
    stageKey: text("stage_key").notNull(),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
    /** The customer's previous visit to the same stage: when it began and when it ended. */
    previousEntryAt: timestamp("previous_entry_at", { withTimezone: true }),
    previousExitAt: timestamp("previous_exit_at", { withTimezone: true }),
    /** The next event of the customer (null while the visit lasts), where it went and why. */
    exitAt: timestamp("exit_at", { withTimezone: true }),
    exitKey: text("exit_key"),
    exitReason: text("exit_reason"),
    /** When the customer's next visit to the same stage ended (null if none ended yet). */
    nextExitAt: timestamp("next_exit_at", { withTimezone: true }),
    /** The first later event into a stage of the same journey with a greater position. */
    convertedAt: timestamp("converted_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.eventId] }),
    index("journey_map_visits_customer_idx").on(t.orgId, t.customerId),
    // Time in stage (db/queries/journey-map-times.ts) reads only the duration buckets holding the
    // median and p90 of the latest visits that ended in the range: those whose next visit has not
    // ended (by bucket, journey_map_duration_bucket of db/sql/journey-map-facts.sql) …
    index("journey_map_visits_stay_idx")
      .on(t.orgId, t.stageKey, sql`journey_map_duration_bucket(${t.enteredAt}, ${t.exitAt})`, t.exitAt, t.enteredAt, t.ownerId)
      .where(sql`${t.exitAt} is not null and ${t.nextExitAt} is null`),
    // … and those whose next visit ended after the range (none when the range ends today).
    index("journey_map_visits_next_exit_idx")
      .on(t.orgId, t.stageKey, t.nextExitAt, t.exitAt, t.enteredAt, t.ownerId)
      .where(sql`${t.nextExitAt} is not null`),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
  ],
);

/**
 * Per-day counts of the map's facts (`kind`, see journey_map_count_rows in db/sql/journey-map-facts.sql):
 * `day` and `other_day` are local dates in the organization's time zone, `label` a lost reason, a
 * channel or a score band. Changes are appended as signed rows and folded by the analytics-fold
 * job; readers sum every row.
 */
export const journeyMapDays = pgTable(
  "journey_map_days",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    ownerId: uuid("owner_id"),
    stageKey: text("stage_key").notNull(),
    kind: text("kind").notNull(),
    day: date("day").notNull(),
    otherDay: date("other_day"),
    label: text("label"),
    n: integer("n").notNull(),
    folded: boolean("folded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("journey_map_days_kind_idx").on(t.orgId, t.kind, t.day, t.stageKey, t.otherDay, t.ownerId, t.label, t.n),
    index("journey_map_days_owner_idx").on(t.orgId, t.ownerId, t.kind, t.day, t.stageKey, t.otherDay, t.label, t.n),
    index("journey_map_days_unfolded_idx").on(t.orgId).where(sql`not ${t.folded}`),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
  ],
);
