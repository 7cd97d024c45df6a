import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { channels, feedbackChannels, touchpointKinds } from "@/core/constants";
import { customers } from "./customers";
import { users } from "./users";

export const touchpoints = pgTable(
  "touchpoints",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    kind: text("kind", { enum: touchpointKinds }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    note: text("note"),
    actorId: uuid("actor_id"),
    /** The journey map's stage of the touchpoint, kept by triggers (db/sql/journey-map.sql). */
    attributedStage: text("attributed_stage"),
    /** Attribution of a `form` touchpoint: the form, the page's utm_* parameters and the page that linked to it. */
    formId: uuid("form_id"),
    utmSource: text("utm_source"),
    utmMedium: text("utm_medium"),
    utmCampaign: text("utm_campaign"),
    referrerUrl: text("referrer_url"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.actorId], foreignColumns: [users.orgId, users.id] }),
    index("touchpoints_customer_idx").on(t.orgId, t.customerId, t.at),
    // The journey map reads a range of the organization's touchpoints with their channels.
    index("touchpoints_org_at_idx").on(t.orgId, t.at, t.customerId, t.channel, t.attributedStage),
  ],
);

export const purchases = pgTable(
  "purchases",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    check("purchases_amount_non_negative", sql`${t.amountMinor} >= 0`),
    index("purchases_customer_idx").on(t.orgId, t.customerId, t.at),
    index("purchases_org_at_idx").on(t.orgId, t.at),
  ],
);

export const feedback = pgTable(
  "feedback",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    score: smallint("score").notNull(),
    comment: text("comment"),
    /** The customer's stage when the feedback was given: NPS is reported per stage. */
    stageKey: text("stage_key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** The journey map's stage of the feedback, from the stage history (see touchpoints.attributed_stage). */
    attributedStage: text("attributed_stage"),
    channel: text("channel", { enum: feedbackChannels }).notNull().default("staff"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    check("feedback_score_range", sql`${t.score} between 0 and 10`),
    index("feedback_org_at_idx").on(t.orgId, t.at),
    index("feedback_customer_idx").on(t.orgId, t.customerId, t.at),
    // The journey map's quotes: per stage and score band, the newest feedback with a comment
    // (journey_map_score_band is defined with the map's facts, db/sql/journey-map-facts.sql).
    index("feedback_journey_quotes_idx")
      .on(t.orgId, t.attributedStage, sql`journey_map_score_band(${t.score})`, t.at.desc(), t.id.desc())
      .where(sql`${t.comment} ~ '[^[:space:]]'`),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    assigneeId: uuid("assignee_id"),
    title: text("title").notNull(),
    dueOn: date("due_on").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    /** The playbook that made the task (null: made by hand). No foreign key: the task outlives a deleted playbook. */
    automationId: uuid("automation_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
    // An assignee's open tasks in list order (day, newest first): a window's first page is read
    // straight off the index however many tasks fall on one day.
    index("tasks_assignee_open_idx").on(t.orgId, t.assigneeId, t.dueOn, t.createdAt.desc().nullsFirst(), t.id).where(sql`${t.doneAt} is null`),
    index("tasks_customer_idx").on(t.orgId, t.customerId),
  ],
);

export type Touchpoint = typeof touchpoints.$inferSelect;
export type Purchase = typeof purchases.$inferSelect;
export type Feedback = typeof feedback.$inferSelect;
export type Task = typeof tasks.$inferSelect;
